// A frame's storage: the Frame, its fast locals and its value stack are one allocation (the
// locals first, the stack right after), recycled by capacity; and a future's done callbacks keep
// their first entry in place. Both are layouts the interpreter's speed depends on, so they are
// checked here directly (conformance checks the behaviour).
#include <QtTest>

#include "asyncio/callback_list.h"
#include "vm/frame.h"

using namespace loopstep;

class TestFrameStorage : public QObject {
    Q_OBJECT

private slots:
    void localsAndStackFollowTheFrame() {
        Frame* f = new_frame(3 + 6);
        QVERIFY(f->slot_capacity >= 9);
        QCOMPARE(f->slot_capacity % 4, 0u);
        f->prepare_slots(3, 6);
        const auto* room = reinterpret_cast<const Value*>(f + 1);
        QCOMPARE(f->fast.size(), size_t(3));
        QCOMPARE(static_cast<const Value*>(f->fast.begin()), room);
        QCOMPARE(static_cast<const Value*>(f->stack.data()), room + 3);
        QVERIFY(f->stack.capacity() >= 6);
        for (const Value& v : f->fast) QVERIFY(v.is_unset());
        f->fast[1] = Value::integer(7);
        f->stack.push_back(Value::integer(1));
        f->stack.push_back(Value::integer(2));
        QCOMPARE(f->fast[1].as_int(), int64_t(7));
        QCOMPARE(f->stack.back().as_int(), int64_t(2));
        QVERIFY(f->fast[0].is_unset() && f->fast[2].is_unset());  // the stack did not run into them
        recycle_frame(f);
    }

    void aStackDeeperThanItsSlotsMovesToItsOwnBuffer() {
        Frame* f = new_frame(1 + 3);
        f->prepare_slots(1, 3);
        f->fast[0] = Value::integer(-1);
        const size_t room = f->stack.capacity();
        for (size_t i = 0; i < room + 20; ++i) f->stack.push_back(Value::integer(static_cast<int64_t>(i)));
        QCOMPARE(f->stack.size(), room + 20);
        for (size_t i = 0; i < room + 20; ++i) QCOMPARE(f->stack[i].as_int(), static_cast<int64_t>(i));
        QVERIFY(f->stack.data() != reinterpret_cast<Value*>(f + 1) + 1);
        QCOMPARE(f->fast[0].as_int(), int64_t(-1));
        // Prepared again (as when recycled), it is back in its slots.
        f->prepare_slots(1, 3);
        QCOMPARE(static_cast<const Value*>(f->stack.data()), reinterpret_cast<const Value*>(f + 1) + 1);
        QVERIFY(f->stack.empty());
        recycle_frame(f);
    }

    void framesAreRecycledByCapacity() {
        Frame* small = new_frame(4);
        Frame* large = new_frame(20);
        recycle_frame(small);
        recycle_frame(large);
        QCOMPARE(new_frame(20), large);  // the pool of its capacity, not the newest frame
        QCOMPARE(new_frame(3), small);
        Frame* huge = new_frame(1000);  // past the pooled sizes: its own allocation, not pooled
        QVERIFY(huge->slot_capacity >= 1000);
        recycle_frame(huge);
        recycle_frame(small);
        recycle_frame(large);
    }

    void aFrameTooLargeForSlotsKeepsItsOwnStorage() {
        Frame* f = new_frame(70000);  // past Frame::slot_capacity's 16 bits (hostile code)
        QCOMPARE(int(f->slot_capacity), 0);
        f->prepare_slots(3, 69997);
        QCOMPARE(f->fast.size(), size_t(3));
        QVERIFY(f->stack.capacity() >= 69997);
        f->fast[2] = Value::integer(5);
        f->stack.push_back(Value::integer(6));
        QCOMPARE(f->fast[2].as_int(), int64_t(5));
        recycle_frame(f);
    }

    void aFrameWithoutSlotsKeepsItsOwnStorage() {
        Frame f;  // on the C++ stack, as a module body's
        f.prepare_slots(2, 5);
        QCOMPARE(f.fast.size(), size_t(2));
        QVERIFY(f.stack.capacity() >= 5);
        f.fast[1] = Value::integer(3);
        f.stack.push_back(Value::integer(4));
        QCOMPARE(f.fast[1].as_int(), int64_t(3));
    }

    void callbacksKeepTheirOrder() {
        CallbackList list;
        QVERIFY(list.empty());
        for (int i = 0; i < 5; ++i) list.push_back(Value::integer(i));
        QCOMPARE(list.size(), size_t(5));
        for (int i = 0; i < 5; ++i) QCOMPARE(list[static_cast<size_t>(i)].as_int(), int64_t(i));
        // Removing the first (the one kept in place) and another keeps the rest in order.
        size_t removed = list.erase_if([](const Value& v) { return v.as_int() == 0 || v.as_int() == 3; });
        QCOMPARE(removed, size_t(2));
        QCOMPARE(list.size(), size_t(3));
        QCOMPARE(list[0].as_int(), int64_t(1));
        QCOMPARE(list[1].as_int(), int64_t(2));
        QCOMPARE(list[2].as_int(), int64_t(4));
        CallbackList taken = std::move(list);
        QCOMPARE(taken.size(), size_t(3));
        list.clear();
        QVERIFY(list.empty());
        list.push_back(Value::integer(9));
        QCOMPARE(list.size(), size_t(1));
        QCOMPARE(list.erase_if([](const Value&) { return true; }), size_t(1));
        QVERIFY(list.empty());
    }
};

QTEST_APPLESS_MAIN(TestFrameStorage)
#include "test_frame_storage.moc"
