//! Runtime-test guest `interfaces`: interface imports and exports, a `use`d
//! type, and 17 parameters that spill to memory in both directions.

canon_guest::generate!({ path: "wit" });

use exports::guest::interfaces::api::{Guest, Pair};
use guest::interfaces::host_api;

struct Component;

impl Guest for Component {
    fn run_swap(p: Pair) -> Pair {
        let swapped = host_api::swap(&p);
        Pair {
            left: swapped.left + "!",
            right: swapped.right + 1,
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn run_sum(
        a: u32,
        b: u32,
        c: u32,
        d: u32,
        e: u32,
        f: u32,
        g: u32,
        h: u32,
        i: u32,
        j: u32,
        k: u32,
        l: u32,
        m: u32,
        n: u32,
        o: u32,
        p: u32,
        q: u32,
    ) -> u64 {
        host_api::sum(a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p, q) * 2
    }
}

export!(Component);
