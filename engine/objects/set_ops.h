// Set algebra shared by the set operators (| & - ^ and the comparisons, called by the VM) and the
// set methods (union, issubset, ...).
#pragma once

#include <vector>

#include "vm/interp.h"

namespace loopstep {

// a | b, a & b, a - b, a ^ b for two sets or frozensets (op = ast::Operator). The result has a's
// type; in place on a set it updates `a` and returns it. Unset for any other operator.
Value set_binary_op(Interp& vm, int op, const Value& a, const Value& b, bool inplace = false);
// ==, !=, <, <=, >, >= for two sets or frozensets (cmp_op = ast::CmpOperator): subset tests.
Value set_compare(Interp& vm, int cmp_op, const Value& a, const Value& b);

// The live keys of a set, in iteration order (a snapshot, safe against changes).
std::vector<Value> set_keys(const SetObject& set);
// A new, empty set or frozenset.
SetObject& new_set(Interp& vm, Value& holder, bool frozen);
// The items of any iterable as a set (returns `iterable` itself when it is already a set).
Value as_set(Interp& vm, const Value& iterable);
bool is_subset(Interp& vm, const SetObject& a, const SetObject& b);

// set and frozenset: constructors and methods (set_methods.cpp).
void install_set_methods(Interp& vm);

}  // namespace loopstep
