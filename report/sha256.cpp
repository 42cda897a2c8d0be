#include "report/sha256.hpp"

#include <cstdint>

#include <fmt/format.h>
#include <nettle/sha2.h>

namespace cijfer {

std::string sha256_hex(std::string_view bytes) {
    sha256_ctx context;
    sha256_init(&context);
    sha256_update(&context, bytes.size(), reinterpret_cast<const std::uint8_t*>(bytes.data()));
    std::uint8_t digest[SHA256_DIGEST_SIZE];
    sha256_digest(&context, SHA256_DIGEST_SIZE, digest);
    std::string hex;
    hex.reserve(2 * SHA256_DIGEST_SIZE);
    for (std::uint8_t byte : digest) hex += fmt::format("{:02x}", byte);
    return hex;
}

}  // namespace cijfer
