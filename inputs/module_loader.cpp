// Loads the input modules on demand: a text check never pays for poppler, libzip or pugixml
// (and the libcrypto libzip pulls in) at start-up.
#include "inputs/module_loader.hpp"

#include <dlfcn.h>

#include <filesystem>
#include <map>
#include <system_error>
#include <vector>

namespace cijfer::inputs {
namespace {

std::vector<std::string> candidates(const std::string& file) {
    std::vector<std::string> paths;
    std::error_code ec;
    const auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
    if (!ec) paths.push_back((exe.parent_path() / file).string());
#ifdef CIJFER_MODULE_INSTALL_DIR
    paths.push_back(std::string(CIJFER_MODULE_INSTALL_DIR) + "/" + file);
#endif
    return paths;
}

struct Loaded {
    void* handle = nullptr;
    std::string error;
};

}  // namespace

void* module_symbol(const std::string& file, const char* symbol, std::string& error) {
    static std::map<std::string, Loaded> modules;
    auto [it, fresh] = modules.try_emplace(file);
    Loaded& m = it->second;
    if (fresh) {
        for (const auto& path : candidates(file)) {
            m.handle = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
            if (m.handle) break;
            if (m.error.empty()) m.error = dlerror();
        }
        if (!m.handle && m.error.empty()) m.error = file + " not found";
    }
    if (!m.handle) {
        error = m.error;
        return nullptr;
    }
    void* found = dlsym(m.handle, symbol);
    if (!found) error = file + " has no " + symbol;
    return found;
}

}  // namespace cijfer::inputs
