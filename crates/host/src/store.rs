//! Stores: user data, per-instance flags and the backend store that owns all
//! core instances, memories and functions.

use std::any::Any;
use std::cell::RefCell;
use std::fmt;
use std::marker::PhantomData;

use crate::backend::{CoreContext, CoreStore, StoreLimits};
use crate::engine::Engine;
use crate::error::{Error, Trap, TrapKind};
use crate::resource::ResState;

/// The flags of one component instance.
#[derive(Clone, Debug)]
pub(crate) struct InstanceFlags {
    /// Cleared while the instance runs `realloc` or `post-return`: calling an
    /// import then traps.
    pub(crate) may_leave: bool,
    /// Cleared while a call into the instance is in progress (including its
    /// post-return): entering again traps.
    pub(crate) may_enter: bool,
    /// The `context.get`/`context.set` slots of the current task.
    pub(crate) context: [i32; 2],
    /// The `backpressure.inc`/`backpressure.dec` counter.
    pub(crate) backpressure: u16,
    /// Set when a call into the instance trapped after its guest code ran:
    /// the instance is locked down and every later entry traps, so its state
    /// after the trap is never observed.
    pub(crate) trapped: bool,
    /// Whether guest code (`realloc` or the callee) ran in the current call.
    /// A trap before that is the host's own mistake (a stale or lent host
    /// handle as an argument) and leaves the instance usable.
    pub(crate) guest_ran: bool,
}

impl InstanceFlags {
    /// Enters the instance for a call: traps if a call is already in
    /// progress or an earlier call trapped.
    pub(crate) fn enter(&mut self) -> Result<(), Trap> {
        if self.trapped || !self.may_enter {
            return Err(TrapKind::CannotEnter.into());
        }
        self.may_enter = false;
        self.guest_ran = false;
        Ok(())
    }

    /// Leaves the instance after a call; `trapped` locks it down for good.
    pub(crate) fn leave(&mut self, trapped: bool) {
        self.may_enter = true;
        self.trapped |= trapped;
    }

    /// Leaves the instance after a call that ended with `result`: a trap
    /// after guest code ran locks the instance down.
    pub(crate) fn leave_after<T>(&mut self, result: &Result<T, Error>) {
        let trapped = self.guest_ran && matches!(result, Err(Error::Trap(_)));
        self.leave(trapped);
    }
}

/// Notes that guest code of `instance` is about to run in the current call.
pub(crate) fn note_guest_runs(cx: &mut dyn CoreContext, instance: usize) {
    if let Some(flags) = host_state(cx).and_then(|s| s.flags.get_mut(instance)) {
        flags.guest_ran = true;
    }
}

/// What the backend store holds for canon-host.
pub(crate) struct HostState {
    pub(crate) flags: Vec<InstanceFlags>,
    pub(crate) user: Box<dyn Any + Send>,
    /// Handle tables and resource types, reachable from `&HostState` (lifting
    /// works through shared references).
    pub(crate) res: RefCell<ResState>,
}

impl fmt::Debug for HostState {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("HostState")
            .field("flags", &self.flags)
            .field("res", &self.res)
            .finish_non_exhaustive()
    }
}

/// The canon-host state of a backend context.
pub(crate) fn host_state(cx: &mut dyn CoreContext) -> Option<&mut HostState> {
    cx.data_mut().downcast_mut::<HostState>()
}

/// A store: owns everything instantiated in it, and user data `T`.
pub struct Store<T> {
    pub(crate) inner: Box<dyn CoreStore>,
    pub(crate) engine: Engine,
    _marker: PhantomData<fn() -> T>,
}

impl<T> fmt::Debug for Store<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Store")
            .field("backend", &self.inner)
            .finish()
    }
}

impl<T: Send + 'static> Store<T> {
    /// A store with no resource limits.
    pub fn new(engine: &Engine, data: T) -> Result<Store<T>, Error> {
        Self::with_limits(engine, data, &StoreLimits::default())
    }

    /// A store with resource limits (fuel, memory size) enforced by the backend.
    pub fn with_limits(engine: &Engine, data: T, limits: &StoreLimits) -> Result<Store<T>, Error> {
        let state = HostState {
            flags: Vec::new(),
            user: Box::new(data),
            res: RefCell::new(ResState::default()),
        };
        Ok(Store {
            inner: engine.backend().new_store(limits, Box::new(state))?,
            engine: engine.clone(),
            _marker: PhantomData,
        })
    }

    /// The user data.
    pub fn data(&self) -> &T {
        user_ref(self.inner.data())
    }

    /// The user data.
    pub fn data_mut(&mut self) -> &mut T {
        user_mut(self.inner.data_mut())
    }

    /// The engine.
    pub fn engine(&self) -> &Engine {
        &self.engine
    }

    /// The remaining fuel, when metering is on.
    pub fn fuel(&self) -> Option<u64> {
        self.inner.fuel()
    }

    /// Sets the remaining fuel.
    pub fn set_fuel(&mut self, fuel: u64) -> Result<(), Trap> {
        self.inner.set_fuel(fuel)
    }

    /// The backend store, for embedders that need core-level access.
    pub fn backend_mut(&mut self) -> &mut dyn CoreStore {
        &mut *self.inner
    }
}

fn user_ref<T: 'static>(data: &dyn Any) -> &T {
    data.downcast_ref::<HostState>()
        .and_then(|h| h.user.downcast_ref::<T>())
        .expect("store data has the store's type")
}

fn user_mut<T: 'static>(data: &mut dyn Any) -> &mut T {
    data.downcast_mut::<HostState>()
        .and_then(|h| h.user.downcast_mut::<T>())
        .expect("store data has the store's type")
}

/// Access to the store from inside a host function.
pub struct StoreContextMut<'a, T> {
    pub(crate) cx: &'a mut dyn CoreContext,
    _marker: PhantomData<fn() -> T>,
}

impl<T> fmt::Debug for StoreContextMut<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("StoreContextMut").finish_non_exhaustive()
    }
}

impl<'a, T: 'static> StoreContextMut<'a, T> {
    pub(crate) fn new(cx: &'a mut dyn CoreContext) -> Self {
        StoreContextMut {
            cx,
            _marker: PhantomData,
        }
    }

    /// The user data.
    pub fn data(&self) -> &T {
        user_ref(self.cx.data())
    }

    /// The user data.
    pub fn data_mut(&mut self) -> &mut T {
        user_mut(self.cx.data_mut())
    }

    /// The remaining fuel, when metering is on.
    pub fn fuel(&self) -> Option<u64> {
        self.cx.fuel()
    }
}
