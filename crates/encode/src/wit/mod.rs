//! WIT packages and worlds to and from types-only component binaries.

mod decode;
mod encode;
pub(crate) mod types;

pub use decode::{Decoded, decode, decode_world};
pub(crate) use encode::world_extern_name;
pub use encode::{
    PRODUCER_NAME, PRODUCER_VERSION, encode_package, encode_world, producers_section,
};
