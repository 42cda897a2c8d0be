#pragma once
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace cijfer::inputs {

/// A ZIP archive held in memory (libzip), read entry by entry.
class ZipArchive {
public:
    /// Opens `bytes` (which must outlive the archive); nullopt when it is not a readable ZIP.
    static std::optional<ZipArchive> open(std::string_view bytes, std::string& error);

    bool has(const char* entry) const;
    /// The whole of an entry; nullopt with `error` set when it is missing, damaged or
    /// larger than a document entry can reasonably be (a ZIP bomb).
    std::optional<std::string> read(const char* entry, std::string& error) const;

private:
    struct Closer {
        void operator()(void* archive) const;
    };
    explicit ZipArchive(void* archive) : archive_(archive) {}
    std::unique_ptr<void, Closer> archive_;
};

}  // namespace cijfer::inputs
