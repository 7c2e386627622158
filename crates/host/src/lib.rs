//! canon-host: a runtime-agnostic WebAssembly component runtime over pluggable
//! core-wasm backends.
//!
//! A backend (`canon-backend-wasmi`, `canon-backend-wasmtime`) implements the
//! [`backend`] traits; canon-host does everything component-level itself:
//! parsing and validating with wasmparser, translating components into
//! instantiation steps, executing canon-abi's lift/lower plans, linking.
#![forbid(unsafe_code)]

mod abi;
pub mod backend;
mod component;
mod convert;
mod engine;
pub mod error;
mod func;
mod instance;
mod linker;
mod resource;
mod store;
pub mod typed;
pub mod types;
pub mod value;
#[cfg(feature = "wast")]
pub mod wast;
mod wave;

pub use canon_host_macro::{ComponentType, bindgen, flags};
pub use component::Component;
pub use engine::Engine;
pub use error::{Error, Result, Trap, TrapKind};
pub use func::Func;
pub use instance::Instance;
pub use linker::{Linker, LinkerInstance};
pub use resource::{AsStore, Resource, ResourceAny, ResourceDynamic, ResourceType};
pub use store::{Store, StoreContextMut};
pub use typed::{ComponentParams, ComponentResult, ComponentType, LiftParams, Lower, TypedFunc};
pub use types::{FuncType, ValueType};
pub use value::Value;
