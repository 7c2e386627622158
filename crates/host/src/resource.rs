//! Resources: runtime resource types, the public handles (`ResourceAny`,
//! `Resource<T>`), and the handle tables of component instances and of the
//! host, with the canonical ABI's ownership, lending and borrow-scope rules.

mod table;
mod typed;

use std::any::TypeId;
use std::fmt;
use std::marker::PhantomData;
use std::sync::Arc;
use std::sync::atomic::AtomicBool;

use crate::backend::{CoreContext, FuncRef};
use crate::error::{Error, Trap, TrapKind};
use crate::store::{Store, StoreContextMut};

pub(crate) use table::{
    InstanceResources, ResState, begin_task, end_scope, end_task, res_mut, resource_drop_guest,
    resource_new, resource_rep, scope_mark,
};

/// A host destructor, called with the representation of a dropped resource.
pub(crate) type HostDtor =
    Arc<dyn Fn(&mut dyn CoreContext, u32) -> Result<(), Error> + Send + Sync>;

/// Who implements a resource type.
pub(crate) enum Kind {
    /// Defined by a component instance with `(type (resource ...))`.
    Guest {
        /// The defining component instance.
        instance: usize,
        /// The core destructor, if any.
        dtor: Option<FuncRef>,
    },
    /// Defined by the host, identified by a Rust type or a number.
    Host {
        key: HostKey,
        dtor: Option<HostDtor>,
    },
    /// An imported resource nobody defined (`define_unknown_imports_as_traps`).
    Unknown(String),
}

/// What identifies a host resource type.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum HostKey {
    /// A Rust type, with its name for messages ([`ResourceType::host`]).
    Static(TypeId, &'static str),
    /// A number chosen by the host ([`ResourceType::host_dynamic`]).
    Dynamic(u32),
}

/// A resource type at run time. Types defined by component instances are
/// unique per instance (compared by identity); host types are identified by
/// their Rust type.
#[derive(Clone)]
pub struct ResourceType {
    pub(crate) kind: Arc<Kind>,
}

impl ResourceType {
    /// The host resource type of Rust type `T` (without a destructor; a
    /// linker definition may attach one, see `LinkerInstance::resource`).
    pub fn host<T: 'static>() -> ResourceType {
        ResourceType {
            kind: Arc::new(Kind::Host {
                key: HostKey::Static(TypeId::of::<T>(), std::any::type_name::<T>()),
                dtor: None,
            }),
        }
    }

    /// The host resource type numbered `payload`, for hosts that define
    /// resources at run time (from a component's imports, say) rather than
    /// with one Rust type each. Types with equal payloads are equal; they
    /// never equal a [`ResourceType::host`] type. Handles of such types are
    /// [`ResourceDynamic`]s.
    pub fn host_dynamic(payload: u32) -> ResourceType {
        ResourceType {
            kind: Arc::new(Kind::Host {
                key: HostKey::Dynamic(payload),
                dtor: None,
            }),
        }
    }

    pub(crate) fn guest(instance: usize, dtor: Option<FuncRef>) -> ResourceType {
        ResourceType {
            kind: Arc::new(Kind::Guest { instance, dtor }),
        }
    }

    pub(crate) fn unknown(name: &str) -> ResourceType {
        ResourceType {
            kind: Arc::new(Kind::Unknown(name.to_string())),
        }
    }

    /// This host type with a destructor attached; an error for guest types.
    pub(crate) fn with_host_dtor(&self, dtor: HostDtor) -> Result<ResourceType, Error> {
        match &*self.kind {
            Kind::Host { key, .. } => Ok(ResourceType {
                kind: Arc::new(Kind::Host {
                    key: *key,
                    dtor: Some(dtor),
                }),
            }),
            _ => Err(Error::Link(format!(
                "a destructor can only be attached to a host resource type, not {self:?}"
            ))),
        }
    }

    /// Whether this is the host type of Rust type `T`.
    pub fn is_host<T: 'static>(&self) -> bool {
        matches!(
            &*self.kind,
            Kind::Host { key: HostKey::Static(type_id, _), .. } if *type_id == TypeId::of::<T>()
        )
    }

    /// The payload of a [`ResourceType::host_dynamic`] type.
    pub fn host_dynamic_payload(&self) -> Option<u32> {
        match &*self.kind {
            Kind::Host {
                key: HostKey::Dynamic(payload),
                ..
            } => Some(*payload),
            _ => None,
        }
    }

    /// The component instance implementing this type, for guest types.
    pub(crate) fn implementer(&self) -> Option<usize> {
        match &*self.kind {
            Kind::Guest { instance, .. } => Some(*instance),
            _ => None,
        }
    }
}

impl PartialEq for ResourceType {
    fn eq(&self, other: &Self) -> bool {
        match (&*self.kind, &*other.kind) {
            (Kind::Host { key: a, .. }, Kind::Host { key: b, .. }) => a == b,
            _ => Arc::ptr_eq(&self.kind, &other.kind),
        }
    }
}

impl Eq for ResourceType {}

impl fmt::Debug for ResourceType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &*self.kind {
            Kind::Guest { instance, .. } => write!(f, "guest resource of instance {instance}"),
            Kind::Host {
                key: HostKey::Static(_, name),
                ..
            } => write!(f, "host resource {name}"),
            Kind::Host {
                key: HostKey::Dynamic(payload),
                ..
            } => write!(f, "dynamic host resource {payload}"),
            Kind::Unknown(name) => write!(f, "undefined resource `{name}`"),
        }
    }
}

/// A resource handle held by the host: an entry of the store's host handle
/// table, either owning (`own<R>`) or borrowed for the duration of a host
/// call (`borrow<R>`).
///
/// The handle names its entry by index and generation, so using it after it
/// was moved into a guest or dropped is an error, never another resource.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ResourceAny {
    pub(crate) index: u32,
    pub(crate) generation: u32,
    pub(crate) ty: ResourceType,
    pub(crate) own: bool,
}

impl ResourceAny {
    /// The resource's type.
    pub fn ty(&self) -> &ResourceType {
        &self.ty
    }

    /// Whether this is an owning handle.
    pub fn owned(&self) -> bool {
        self.own
    }

    /// Drops the handle. For an owning handle of a guest-defined resource the
    /// guest's destructor runs; of a host resource, the linker's destructor.
    pub fn resource_drop(self, mut store: impl AsStore) -> Result<(), Error> {
        table::host_drop(store.as_core_context(), &self)
    }

    /// A host resource as a dynamic handle (entered in the host table).
    pub fn try_from_resource<T: 'static>(
        resource: Resource<T>,
        mut store: impl AsStore,
    ) -> Result<ResourceAny, Error> {
        if resource.moved.load(std::sync::atomic::Ordering::Relaxed) {
            return Err(TrapKind::StaleResource.into());
        }
        table::host_insert(
            store.as_core_context(),
            ResourceType::host::<T>(),
            resource.rep,
            resource.own,
        )
    }

    /// The handle as a typed host resource, when its type is `T`'s: the
    /// host-table entry is removed.
    pub fn try_into_resource<T: 'static>(
        self,
        mut store: impl AsStore,
    ) -> Result<Resource<T>, Error> {
        if !self.ty.is_host::<T>() {
            return Err(Error::Type(format!(
                "resource of type {:?} is not a {}",
                self.ty,
                std::any::type_name::<T>()
            )));
        }
        let entry = table::host_take(store.as_core_context(), &self)?;
        Ok(if entry.own {
            Resource::new_own(entry.rep)
        } else {
            Resource::new_borrow(entry.rep)
        })
    }
}

/// A handle to a host resource of a [`ResourceType::host_dynamic`] type:
/// the type's payload, the representation, and whether it owns.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ResourceDynamic {
    rep: u32,
    ty: u32,
    own: bool,
}

impl ResourceDynamic {
    /// An owning handle of resource `rep` of dynamic type `ty`.
    pub fn new_own(rep: u32, ty: u32) -> Self {
        ResourceDynamic { rep, ty, own: true }
    }

    /// A borrowed handle of resource `rep` of dynamic type `ty`.
    pub fn new_borrow(rep: u32, ty: u32) -> Self {
        ResourceDynamic {
            rep,
            ty,
            own: false,
        }
    }

    /// The representation.
    pub fn rep(&self) -> u32 {
        self.rep
    }

    /// The payload of its type (see [`ResourceType::host_dynamic`]).
    pub fn ty(&self) -> u32 {
        self.ty
    }

    /// Whether this handle owns the resource.
    pub fn owned(&self) -> bool {
        self.own
    }

    /// As a dynamic handle, entered in the host table (to pass to a guest
    /// or return from a host function).
    pub fn try_into_resource_any(self, mut store: impl AsStore) -> Result<ResourceAny, Error> {
        table::host_insert(
            store.as_core_context(),
            ResourceType::host_dynamic(self.ty),
            self.rep,
            self.own,
        )
    }

    /// A dynamic handle of a [`ResourceType::host_dynamic`] type as this
    /// handle: the host-table entry is removed. An error for other types.
    pub fn try_from_resource_any(
        resource: ResourceAny,
        mut store: impl AsStore,
    ) -> Result<ResourceDynamic, Error> {
        let Some(ty) = resource.ty.host_dynamic_payload() else {
            return Err(Error::Type(format!(
                "resource of type {:?} is not a dynamic host resource",
                resource.ty
            )));
        };
        let entry = table::host_take(store.as_core_context(), &resource)?;
        Ok(ResourceDynamic {
            rep: entry.rep,
            ty,
            own: entry.own,
        })
    }
}

/// A store, or a store context inside a host function: where host-held
/// resource handles live.
pub trait AsStore: sealed::Sealed {
    #[doc(hidden)]
    fn as_core_context(&mut self) -> &mut dyn CoreContext;
}

mod sealed {
    pub trait Sealed {}
}

impl<T> sealed::Sealed for &mut Store<T> {}
impl<T> AsStore for &mut Store<T> {
    fn as_core_context(&mut self) -> &mut dyn CoreContext {
        self.inner.as_context_mut()
    }
}

impl<T> sealed::Sealed for &mut StoreContextMut<'_, T> {}
impl<T> AsStore for &mut StoreContextMut<'_, T> {
    fn as_core_context(&mut self) -> &mut dyn CoreContext {
        self.cx
    }
}

/// A typed handle to a host-defined resource of Rust type `T`: its
/// representation (chosen by the host) and whether it owns the resource.
///
/// It holds no counters and needs no bookkeeping: an owning `Resource<T>`
/// is not `Clone`, and passing it to a guest moves it.
pub struct Resource<T> {
    pub(crate) rep: u32,
    pub(crate) own: bool,
    /// Set once an owning handle moved into a guest (typed calls lower by
    /// reference): a second move is an error, not a second owner.
    pub(crate) moved: AtomicBool,
    _marker: PhantomData<fn() -> T>,
}

impl<T> fmt::Debug for Resource<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Resource")
            .field("rep", &self.rep)
            .field("own", &self.own)
            .finish()
    }
}

impl<T: 'static> Resource<T> {
    /// An owning handle of the host resource with representation `rep`.
    pub fn new_own(rep: u32) -> Self {
        Resource {
            rep,
            own: true,
            moved: AtomicBool::new(false),
            _marker: PhantomData,
        }
    }

    /// A borrowed handle of the host resource with representation `rep`.
    pub fn new_borrow(rep: u32) -> Self {
        Resource {
            rep,
            own: false,
            moved: AtomicBool::new(false),
            _marker: PhantomData,
        }
    }

    /// The representation.
    pub fn rep(&self) -> u32 {
        self.rep
    }

    /// Whether this handle owns the resource.
    pub fn owned(&self) -> bool {
        self.own
    }

    /// The type of these resources.
    pub fn resource_type() -> ResourceType {
        ResourceType::host::<T>()
    }
}

pub(crate) fn trap(kind: TrapKind) -> Trap {
    Trap::new(kind)
}
