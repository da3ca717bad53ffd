#include "graph/render.h"

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

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

// One rendering context for the whole process, never freed: Graphviz 2.42's
// pango plugin remembers the last font name by pointer into the context's
// font dictionary, so rendering again after gvFreeContext reads freed memory
// (AddressSanitizer: heap-use-after-free in strcmp from
// libgvplugin_pango.so). Graphviz itself renders every graph of a run with
// one context.
GVC_t* SharedContext() {
  static GVC_t* const context = gvContext();
  return context;
}

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
  GVC_t* gvc = SharedContext();
  if (gvc == nullptr) {
    *error = "graphviz: cannot create a rendering context";
    return false;
  }
  std::string text(dot);  // agmemread wants a NUL-terminated buffer
  Agraph_t* g = agmemread(text.c_str());
  if (g == nullptr) {
    *error = messages.empty() ? "graphviz: cannot parse DOT" : "graphviz: " + messages;
    return false;
  }
  bool ok = gvLayout(gvc, g, "dot") == 0;
  char* data = nullptr;
  unsigned int length = 0;
  const char* renderer = format == ImageFormat::kSvg ? "svg" : "png";
  if (ok) ok = gvRenderData(gvc, g, renderer, &data, &length) == 0 && data != nullptr;
  if (ok) image->assign(data, length);
  if (data != nullptr) gvFreeRenderData(data);
  gvFreeLayout(gvc, g);
  agclose(g);
  if (!ok || !messages.empty()) {
    *error = messages.empty() ? "graphviz: rendering failed" : "graphviz: " + messages;
    return false;
  }
  return true;
}

}  // namespace kg::graph
