#include "model/number.hpp"

namespace cijfer {

const char* to_string(NumberShape shape) {
    switch (shape) {
    case NumberShape::plain: return "plain";
    case NumberShape::grouped: return "grouped";
    case NumberShape::decimal_comma: return "decimal-comma";
    case NumberShape::decimal_dot: return "decimal-dot";
    case NumberShape::malformed: return "malformed";
    case NumberShape::ambiguous: return "ambiguous";
    }
    return "unknown";
}

}  // namespace cijfer
