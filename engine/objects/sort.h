// The stable sort behind sorted() and list.sort(): a merge sort over a permutation, so a key or a
// comparison that raises (or that is inconsistent) leaves the values untouched and never breaks it.
#pragma once

#include <vector>

#include "vm/value.h"

namespace loopstep {

class Interp;

// Sorts with `<` on the items, or on key(item) when `key` is set and not None. `reverse` keeps
// equal items in their original order, as CPython does.
void sort_values(Interp& vm, std::vector<Value>& items, const Value& key, bool reverse);

}  // namespace loopstep
