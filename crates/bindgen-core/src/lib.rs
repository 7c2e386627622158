//! Language-independent bindings generation: what a world contains and how its
//! values cross the canonical ABI, for every language backend of canon.
//!
//! - [`walk`]: which items a world needs, in what order, grouped into
//!   [`Scope`]s (one per imported or exported interface, plus the world's own
//!   imports and exports), and which scope owns each type, `use` aliases
//!   included.
//! - [`naming`]: the case conversions and keyword escaping every backend shares.
//! - [`instr`]: canon-abi's lift/lower plans turned into [`Instr`] trees, an
//!   abstract instruction stream that a backend renders as source. The tree
//!   says where every scalar, pointer, length, discriminant and handle sits
//!   (flat value index with coercions, or memory offset from the current base)
//!   and which layout every list element and spilled area has; backends never
//!   compute an offset, a size or a join themselves.
//!
//! Nothing here knows about Rust or C.

pub mod instr;
pub mod naming;
pub mod walk;

pub use instr::{Abi, Direction, FuncAbi, Instr, ListBody, Loc, VariantCase};
pub use walk::{Scope, ScopeKind, TypeOwnerScope, WorldWalk};
