#pragma once
// Which bytes may start or continue a Python identifier, as the lexer and the number scanner see
// them: ASCII letters, '_', digits after the first, and every byte of a UTF-8 sequence (the lexer
// checks the code points themselves).

namespace loopstep {

inline bool is_ident_start(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || static_cast<unsigned char>(c) >= 0x80;
}

inline bool is_ident_char(char c) {
    return is_ident_start(c) || (c >= '0' && c <= '9');
}

}  // namespace loopstep
