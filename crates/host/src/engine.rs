//! The engine: a shared handle on a core-wasm backend.

use std::sync::Arc;

use crate::backend::CoreEngine;

/// A component engine over a core-wasm backend. Cheap to clone.
#[derive(Clone, Debug)]
pub struct Engine {
    backend: Arc<dyn CoreEngine>,
}

impl Engine {
    /// An engine running on `backend`.
    pub fn new(backend: impl CoreEngine + 'static) -> Engine {
        Engine {
            backend: Arc::new(backend),
        }
    }

    /// An engine sharing an existing backend.
    pub fn from_arc(backend: Arc<dyn CoreEngine>) -> Engine {
        Engine { backend }
    }

    /// The backend.
    pub fn backend(&self) -> &dyn CoreEngine {
        &*self.backend
    }
}
