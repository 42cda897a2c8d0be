#include "inputs/zip_archive.hpp"

#include <zip.h>

namespace cijfer::inputs {
namespace {

constexpr zip_uint64_t max_entry_bytes = 256u << 20;

zip_t* as_zip(void* p) { return static_cast<zip_t*>(p); }

}  // namespace

void ZipArchive::Closer::operator()(void* archive) const { zip_discard(as_zip(archive)); }

std::optional<ZipArchive> ZipArchive::open(std::string_view bytes, std::string& error) {
    zip_error_t ze;
    zip_error_init(&ze);
    zip_source_t* src = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &ze);
    if (!src) {
        error = zip_error_strerror(&ze);
        zip_error_fini(&ze);
        return std::nullopt;
    }
    zip_t* archive = zip_open_from_source(src, ZIP_RDONLY | ZIP_CHECKCONS, &ze);
    if (!archive) {
        error = zip_error_strerror(&ze);
        zip_source_free(src);
        zip_error_fini(&ze);
        return std::nullopt;
    }
    zip_error_fini(&ze);
    return ZipArchive(archive);
}

bool ZipArchive::has(const char* entry) const { return zip_name_locate(as_zip(archive_.get()), entry, 0) >= 0; }

std::optional<std::string> ZipArchive::read(const char* entry, std::string& error) const {
    zip_t* archive = as_zip(archive_.get());
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat(archive, entry, 0, &st) != 0 || !(st.valid & ZIP_STAT_SIZE)) {
        error = std::string("the archive has no ") + entry;
        return std::nullopt;
    }
    if (st.size > max_entry_bytes) {
        error = std::string(entry) + " is larger than 256 MB";
        return std::nullopt;
    }
    zip_file_t* file = zip_fopen(archive, entry, 0);
    if (!file) {
        error = std::string(entry) + ": " + zip_strerror(archive);
        return std::nullopt;
    }
    std::string text(static_cast<std::size_t>(st.size), '\0');
    const zip_int64_t got = zip_fread(file, text.data(), st.size);
    const bool ok = got == static_cast<zip_int64_t>(st.size);
    if (!ok) error = std::string(entry) + " is damaged: " + zip_file_strerror(file);
    zip_fclose(file);
    if (!ok) return std::nullopt;
    return text;
}

}  // namespace cijfer::inputs
