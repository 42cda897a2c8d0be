#include "inputs/module_loader.hpp"
#include "inputs/office_module.hpp"

namespace cijfer::inputs {

bool read_office(const std::string& bytes, OfficeFormat format, OfficeText& out, std::string& error) {
    std::string why;
    const auto read = reinterpret_cast<OfficeReadFunction>(module_symbol("cijfer_office.so", office_read_symbol, why));
    if (!read) {
        error = "Word and OpenDocument support is not available: " + why;
        return false;
    }
    read(bytes.data(), bytes.size(), format, &out);
    return true;
}

}  // namespace cijfer::inputs
