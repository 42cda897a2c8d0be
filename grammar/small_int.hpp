#pragma once
// A number's value as an int, for footnote markers, years and question numbers. Casting a
// double outside int's range is undefined behaviour (found by the document fuzz target):
// such a value is never a marker or a question number, so it becomes -1.
namespace cijfer {

inline int small_int_or_minus_one(double value) {
    if (!(value >= -1e9 && value <= 1e9)) return -1;  // also NaN
    return static_cast<int>(value);
}

}  // namespace cijfer
