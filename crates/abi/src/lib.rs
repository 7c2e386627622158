//! The canonical ABI of the WebAssembly Component Model, implemented once for all of canon.
//!
//! Everything that moves a component-level value through core wasm asks this
//! crate: the Rust and C generators turn its answers into source, the encoder
//! checks core signatures with it, and the host executes its plans. Nothing
//! else in the workspace computes a size, an alignment, a flattening or a join.
//!
//! The crate works over its own compact structural type representation:
//! a [`Types`] arena of [`TypeDef`]s referred to by [`ValType`]. Pushing a
//! definition computes, once, everything the ABI needs about it:
//!
//! - its [`Layout`] in linear memory (size and alignment),
//! - its flat core types (capped at [`MAX_FLAT_PARAMS`]: anything longer is
//!   passed through memory anyway),
//! - its [`Plan`]: field offsets, discriminant size, payload offset and the
//!   per-case [`Coercion`]s of variant joins, and element facts of lists,
//! - [`TypeProps`]: whether values hold pointers or handles.
//!
//! A [`FuncPlan`] does the same for a function type: how its parameters and
//! its result travel (flat, or spilled to memory at precomputed offsets), and
//! its [`CoreSignature`] in each direction.
//!
//! Plans are read-only views into the arena, so executing one allocates
//! nothing. `ARCHITECTURE.md` explains how the generators and the host use them.
//!
//! With the `wit` feature (on by default), [`WitTypes`] builds the arena from
//! a wit-parser `Resolve`.

#[cfg(feature = "wit")]
mod describe;
mod error;
mod flat;
mod func;
mod layout;
mod plan;
mod types;
#[cfg(feature = "wit")]
mod wit;

#[cfg(feature = "wit")]
pub use describe::describe_package;
pub use error::AbiError;
pub use flat::{Coercion, FlatType, join};
pub use func::{AbiVariant, CoreSignature, FuncPlan, FuncType, ParamsPlan, ResultPlan};
pub use layout::{Layout, align_to};
pub use plan::{CasePlan, DiscriminantSize, FieldPlan, FlagsRepr, Plan, Scalar};
pub use types::{Case, Field, ResourceId, TypeDef, TypeId, TypeProps, Types, ValType};
#[cfg(feature = "wit")]
pub use wit::WitTypes;

/// The most flat core values passed as parameters before they spill to memory.
pub const MAX_FLAT_PARAMS: usize = 16;
/// The most flat core values returned before the result spills to memory.
pub const MAX_FLAT_RESULTS: usize = 1;
