//! Runtime-test guest `resources-import`: constructs, uses, merges and drops
//! host resources; the host counts destructor calls. The guest counts the
//! bytes it has allocated and not freed, so the host can see leaks.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};

canon_guest::generate!({ path: "wit" });

use guest::resources_import::host::{self, total};

/// The system allocator, counting live bytes.
struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);

// SAFETY: every call forwards to `System` with the caller's layout.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        LIVE.fetch_add(layout.size(), Ordering::Relaxed);
        // SAFETY: the caller's guarantees carry over.
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
        // SAFETY: the caller's guarantees carry over.
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

struct Component;

impl Guest for Component {
    fn run(start: u32) -> u32 {
        let a = Counter::new(start);
        a.increment(2);
        let b = Counter::new(10);
        b.increment(1);
        let merged = Counter::merge(a, b);
        total(&merged) + merged.value()
    }

    fn keep() -> u32 {
        let c = Counter::new(7);
        let v = c.increment(1);
        drop(c);
        v
    }

    fn sum_values(counters: Vec<&Counter>) -> u32 {
        counters.iter().map(|c| c.value()).sum()
    }

    fn value_of(c: &Counter) -> u32 {
        c.value()
    }

    fn labels(names: Vec<String>) -> u32 {
        let labelled = |name: &String, start: u32| host::Labelled {
            name: name.clone(),
            counter: Counter::new(start),
            tag: name.as_bytes().to_vec(),
        };
        let entries = names
            .iter()
            .enumerate()
            .map(|(i, name)| labelled(name, i as u32))
            .collect();
        let all = host::label_all(entries);
        all + host::label_maybe(names.first().map(|name| labelled(name, 100)))
    }

    fn live_bytes() -> u32 {
        LIVE.load(Ordering::Relaxed) as u32
    }
}

export!(Component);
