// Renders Graphviz DOT to SVG or PNG inside the kg process with Graphviz's
// own library (libgvc, the `dot` layout engine), so `kg export --format svg`
// needs no `dot` executable and no temporary files. Graphviz's messages are
// captured and returned instead of being printed; warnings count as
// failures, because a picture Graphviz complained about is a picture that
// is probably wrong. libgvc keeps global error state: do not call this from
// two threads at once.
#ifndef KG_GRAPH_RENDER_H_
#define KG_GRAPH_RENDER_H_

#include <string>
#include <string_view>

namespace kg::graph {

enum class ImageFormat { kSvg, kPng };

// On success fills `image` with the rendered bytes and returns true; else
// returns false with Graphviz's messages (one line) in `error`.
bool RenderDot(std::string_view dot, ImageFormat format, std::string* image, std::string* error);

}  // namespace kg::graph

#endif  // KG_GRAPH_RENDER_H_
