#include "graph/render.h"

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <memory>

namespace kg::graph {
namespace {

// Graphviz reports through a process-wide callback; messages of one call
// collect here.
std::string* captured_messages = nullptr;

int CaptureMessage(char* message) {
  if (captured_messages != nullptr) {
    std::string text(message);
    while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
    if (!text.empty()) {
      if (!captured_messages->empty()) *captured_messages += "; ";
      *captured_messages += text;
    }
  }
  return 0;
}

struct ContextDeleter {
  void operator()(GVC_t* gvc) const { gvFreeContext(gvc); }
};

// Restores Graphviz's default error reporting however RenderDot returns.
class MessageCapture {
 public:
  explicit MessageCapture(std::string* sink) {
    captured_messages = sink;
    previous_handler_ = agseterrf(CaptureMessage);
    previous_level_ = agseterr(AGWARN);
  }
  ~MessageCapture() {
    agseterrf(previous_handler_);
    agseterr(previous_level_);
    captured_messages = nullptr;
  }
  MessageCapture(const MessageCapture&) = delete;
  MessageCapture& operator=(const MessageCapture&) = delete;

 private:
  agusererrf previous_handler_;
  agerrlevel_t previous_level_;
};

}  // namespace

bool RenderDot(std::string_view dot, ImageFormat format, std::string* image, std::string* error) {
  std::string messages;
  MessageCapture capture(&messages);
  std::unique_ptr<GVC_t, ContextDeleter> gvc(gvContext());
  if (!gvc) {
    *error = "graphviz: cannot create a rendering context";
    return false;
  }
  std::string text(dot);  // agmemread wants a NUL-terminated buffer
  Agraph_t* g = agmemread(text.c_str());
  if (g == nullptr) {
    *error = messages.empty() ? "graphviz: cannot parse DOT" : "graphviz: " + messages;
    return false;
  }
  bool ok = gvLayout(gvc.get(), g, "dot") == 0;
  char* data = nullptr;
  unsigned int length = 0;
  const char* renderer = format == ImageFormat::kSvg ? "svg" : "png";
  if (ok) ok = gvRenderData(gvc.get(), g, renderer, &data, &length) == 0 && data != nullptr;
  if (ok) image->assign(data, length);
  if (data != nullptr) gvFreeRenderData(data);
  gvFreeLayout(gvc.get(), g);
  agclose(g);
  if (!ok || !messages.empty()) {
    *error = messages.empty() ? "graphviz: rendering failed" : "graphviz: " + messages;
    return false;
  }
  return true;
}

}  // namespace kg::graph
