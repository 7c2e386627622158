//! Handle tables: one per component instance (the spec's `handles` table:
//! index 0 reserved, freed slots reused last-freed-first, own and borrow
//! elements with lend counts) and one for handles the host holds, plus the
//! call scopes that release lends and check that borrows were dropped.

use std::cell::RefMut;
use std::collections::HashMap;

use canon_abi::ResourceId;

use super::{Kind, ResourceAny, ResourceType, trap};
use crate::backend::{CoreContext, CoreVal};
use crate::error::{Error, Trap, TrapKind};
use crate::store::{HostState, host_state};

/// The largest table index, as in the spec (the top 4 bits stay free).
const MAX_LENGTH: usize = (1 << 28) - 1;

/// One element of a component instance's handle table.
#[derive(Debug)]
struct Handle {
    ty: ResourceType,
    rep: u32,
    own: bool,
    /// For borrows lowered into a call: the task that must drop them.
    scope: Option<u64>,
    /// How many borrows of this handle are live in calls.
    lends: u32,
}

#[derive(Debug)]
struct Table {
    slots: Vec<Option<Handle>>,
    free: Vec<u32>,
}

impl Default for Table {
    fn default() -> Self {
        Table {
            slots: vec![None],
            free: Vec::new(),
        }
    }
}

impl Table {
    fn get(&self, index: u32) -> Result<&Handle, Trap> {
        self.slots
            .get(index as usize)
            .and_then(Option::as_ref)
            .ok_or_else(|| trap(TrapKind::UnknownHandle(index)))
    }

    fn get_mut(&mut self, index: u32) -> Result<&mut Handle, Trap> {
        self.slots
            .get_mut(index as usize)
            .and_then(Option::as_mut)
            .ok_or_else(|| trap(TrapKind::UnknownHandle(index)))
    }

    fn add(&mut self, h: Handle) -> Result<u32, Trap> {
        if let Some(i) = self.free.pop() {
            self.slots[i as usize] = Some(h);
            return Ok(i);
        }
        let i = self.slots.len();
        if i > MAX_LENGTH {
            return Err(trap(TrapKind::HandleTableFull));
        }
        self.slots.push(Some(h));
        Ok(i as u32)
    }

    fn remove(&mut self, index: u32) -> Result<Handle, Trap> {
        let h = self
            .slots
            .get_mut(index as usize)
            .and_then(Option::take)
            .ok_or_else(|| trap(TrapKind::UnknownHandle(index)))?;
        self.free.push(index);
        Ok(h)
    }
}

/// The task (sync call) running in an instance: borrows lowered into it.
#[derive(Debug)]
struct Task {
    id: u64,
    borrows: u32,
}

/// The resource state of one component instance.
#[derive(Debug, Default)]
pub(crate) struct InstanceResources {
    table: Table,
    /// The runtime type of each resource the instance's function types
    /// mention, by canon-abi resource id.
    pub(crate) types: HashMap<ResourceId, ResourceType>,
    task: Option<Task>,
}

impl InstanceResources {
    /// The state of a new instance that starts with `types` bound.
    pub(crate) fn new(types: HashMap<ResourceId, ResourceType>) -> Self {
        InstanceResources {
            types,
            ..InstanceResources::default()
        }
    }
}

/// An entry of the host's handle table.
#[derive(Debug)]
pub(crate) struct HostEntry {
    pub(crate) ty: ResourceType,
    pub(crate) rep: u32,
    pub(crate) own: bool,
    lends: u32,
}

#[derive(Debug, Default)]
struct HostSlot {
    generation: u32,
    entry: Option<HostEntry>,
}

/// Something a call scope releases when the call completes.
#[derive(Debug)]
enum ScopeItem {
    /// A guest handle lent to the callee.
    LendGuest { instance: usize, index: u32 },
    /// A host-held handle lent to the callee.
    LendHost { index: u32, generation: u32 },
    /// A borrow the host received for the duration of the call.
    HostBorrow { index: u32, generation: u32 },
}

/// All resource state of a store.
#[derive(Debug, Default)]
pub(crate) struct ResState {
    pub(crate) instances: Vec<InstanceResources>,
    host: Vec<HostSlot>,
    host_free: Vec<u32>,
    scope: Vec<ScopeItem>,
    next_task: u64,
}

/// The start of a call scope.
#[derive(Copy, Clone, Debug)]
pub(crate) struct ScopeMark(usize);

/// The resource state behind a backend context.
pub(crate) fn res_mut<C: CoreContext + ?Sized>(cx: &C) -> Result<RefMut<'_, ResState>, Trap> {
    cx.data()
        .downcast_ref::<HostState>()
        .and_then(|s| s.res.try_borrow_mut().ok())
        .ok_or_else(|| trap(TrapKind::Other("resource state unavailable".into())))
}

impl ResState {
    fn inst(&mut self, instance: usize) -> Result<&mut InstanceResources, Trap> {
        self.instances
            .get_mut(instance)
            .ok_or_else(|| trap(TrapKind::Other("unknown component instance".into())))
    }

    /// The runtime type of resource `id` in `instance`'s types.
    pub(crate) fn type_of(
        &mut self,
        instance: usize,
        id: ResourceId,
    ) -> Result<ResourceType, Trap> {
        self.inst(instance)?.types.get(&id).cloned().ok_or_else(|| {
            trap(TrapKind::Other(format!(
                "resource type {} is not bound in this instance",
                id.0
            )))
        })
    }

    // ----------------------------------------------------- guest tables

    pub(crate) fn lower_own(
        &mut self,
        instance: usize,
        ty: ResourceType,
        rep: u32,
    ) -> Result<u32, Trap> {
        self.inst(instance)?.table.add(Handle {
            ty,
            rep,
            own: true,
            scope: None,
            lends: 0,
        })
    }

    /// Lowers a borrow into `instance`: the representation itself when the
    /// instance implements the type, else a borrow handle in its current
    /// task (`scoped`) or unscoped.
    pub(crate) fn lower_borrow(
        &mut self,
        instance: usize,
        ty: ResourceType,
        rep: u32,
    ) -> Result<u32, Trap> {
        if ty.implementer() == Some(instance) {
            return Ok(rep);
        }
        let inst = self.inst(instance)?;
        let scope = match &mut inst.task {
            Some(task) => {
                task.borrows += 1;
                Some(task.id)
            }
            // Outside any call into the instance (both `Func::call` and
            // `TypedFunc::call` open a task), nothing ends the borrow.
            None => None,
        };
        inst.table.add(Handle {
            ty,
            rep,
            own: false,
            scope,
            lends: 0,
        })
    }

    /// Lifts an `own` handle out of `instance`'s table (a move).
    pub(crate) fn lift_own(
        &mut self,
        instance: usize,
        index: u32,
        ty: &ResourceType,
    ) -> Result<u32, Trap> {
        let table = &mut self.inst(instance)?.table;
        let h = table.get(index)?;
        if h.ty != *ty {
            return Err(trap(TrapKind::ResourceTypeMismatch(index)));
        }
        if !h.own {
            return Err(trap(TrapKind::NotAnOwnHandle(index)));
        }
        if h.lends != 0 {
            return Err(trap(TrapKind::ResourceLent(index)));
        }
        Ok(table.remove(index)?.rep)
    }

    /// Lifts a `borrow` out of `instance`'s table: the handle stays, lent
    /// until the current call scope ends.
    pub(crate) fn lift_borrow(
        &mut self,
        instance: usize,
        index: u32,
        ty: &ResourceType,
    ) -> Result<u32, Trap> {
        let h = self.inst(instance)?.table.get_mut(index)?;
        if h.ty != *ty {
            return Err(trap(TrapKind::ResourceTypeMismatch(index)));
        }
        h.lends += 1;
        let rep = h.rep;
        self.scope.push(ScopeItem::LendGuest { instance, index });
        Ok(rep)
    }

    // ------------------------------------------------------- host table

    pub(crate) fn host_insert(&mut self, ty: ResourceType, rep: u32, own: bool) -> ResourceAny {
        let entry = HostEntry {
            ty: ty.clone(),
            rep,
            own,
            lends: 0,
        };
        let index = match self.host_free.pop() {
            Some(i) => i,
            None => {
                self.host.push(HostSlot::default());
                (self.host.len() - 1) as u32
            }
        };
        let slot = &mut self.host[index as usize];
        slot.entry = Some(entry);
        ResourceAny {
            index,
            generation: slot.generation,
            ty,
            own,
        }
    }

    fn host_slot(&mut self, index: u32, generation: u32) -> Result<&mut HostEntry, Error> {
        self.host
            .get_mut(index as usize)
            .filter(|s| s.generation == generation)
            .and_then(|s| s.entry.as_mut())
            .ok_or_else(|| TrapKind::StaleResource.into())
    }

    fn host_entry(&mut self, any: &ResourceAny) -> Result<&mut HostEntry, Error> {
        let e = self.host_slot(any.index, any.generation)?;
        if e.ty != any.ty || e.own != any.own {
            return Err(TrapKind::StaleResource.into());
        }
        Ok(e)
    }

    /// Frees a host slot. A slot whose generation is exhausted is retired
    /// instead of reused, so a stale handle can never name a new entry.
    fn host_free_slot(&mut self, index: u32) -> Option<HostEntry> {
        let slot = self.host.get_mut(index as usize)?;
        let entry = slot.entry.take()?;
        if let Some(g) = slot.generation.checked_add(1) {
            slot.generation = g;
            self.host_free.push(index);
        }
        Some(entry)
    }

    /// Removes a host-held handle (moving it out).
    pub(crate) fn host_take(&mut self, any: &ResourceAny) -> Result<HostEntry, Error> {
        if self.host_entry(any)?.lends != 0 {
            return Err(TrapKind::ResourceLent(any.index).into());
        }
        self.host_free_slot(any.index)
            .ok_or_else(|| TrapKind::StaleResource.into())
    }

    /// The type and representation of a host-held handle used as a borrow
    /// for the current call scope (owning handles are lent).
    pub(crate) fn host_borrow(&mut self, any: &ResourceAny) -> Result<(ResourceType, u32), Error> {
        let e = self.host_entry(any)?;
        let out = (e.ty.clone(), e.rep);
        if e.own {
            e.lends += 1;
            self.scope.push(ScopeItem::LendHost {
                index: any.index,
                generation: any.generation,
            });
        }
        Ok(out)
    }

    /// A borrow handed to the host for the current call scope only.
    pub(crate) fn host_insert_scoped_borrow(&mut self, ty: ResourceType, rep: u32) -> ResourceAny {
        let any = self.host_insert(ty, rep, false);
        self.scope.push(ScopeItem::HostBorrow {
            index: any.index,
            generation: any.generation,
        });
        any
    }

    // ------------------------------------------------ dynamic-value paths

    pub(crate) fn lift_own_any(
        &mut self,
        instance: usize,
        id: ResourceId,
        index: u32,
    ) -> Result<ResourceAny, Trap> {
        let ty = self.type_of(instance, id)?;
        let rep = self.lift_own(instance, index, &ty)?;
        Ok(self.host_insert(ty, rep, true))
    }

    pub(crate) fn lift_borrow_any(
        &mut self,
        instance: usize,
        id: ResourceId,
        index: u32,
    ) -> Result<ResourceAny, Trap> {
        let ty = self.type_of(instance, id)?;
        let rep = self.lift_borrow(instance, index, &ty)?;
        Ok(self.host_insert_scoped_borrow(ty, rep))
    }

    pub(crate) fn lower_own_any(
        &mut self,
        instance: usize,
        id: ResourceId,
        any: &ResourceAny,
    ) -> Result<u32, Error> {
        let ty = self.type_of(instance, id)?;
        if !any.own {
            return Err(Error::Type(
                "expected an owned resource, got a borrow".into(),
            ));
        }
        if any.ty != ty {
            return Err(Error::Type(format!(
                "expected a resource of type {ty:?}, got {:?}",
                any.ty
            )));
        }
        let entry = self.host_take(any)?;
        // The destination's view of the type carries its destructor.
        Ok(self.lower_own(instance, ty, entry.rep)?)
    }

    pub(crate) fn lower_borrow_any(
        &mut self,
        instance: usize,
        id: ResourceId,
        any: &ResourceAny,
    ) -> Result<u32, Error> {
        let ty = self.type_of(instance, id)?;
        if any.ty != ty {
            return Err(Error::Type(format!(
                "expected a resource of type {ty:?}, got {:?}",
                any.ty
            )));
        }
        let (_, rep) = self.host_borrow(any)?;
        Ok(self.lower_borrow(instance, ty, rep)?)
    }

    // ------------------------------------------------------------ scopes

    pub(crate) fn mark(&self) -> ScopeMark {
        ScopeMark(self.scope.len())
    }

    fn release(&mut self, mark: ScopeMark) {
        while self.scope.len() > mark.0 {
            let Some(item) = self.scope.pop() else { break };
            match item {
                ScopeItem::LendGuest { instance, index } => {
                    if let Some(h) = self
                        .instances
                        .get_mut(instance)
                        .and_then(|i| i.table.get_mut(index).ok())
                    {
                        h.lends = h.lends.saturating_sub(1);
                    }
                }
                ScopeItem::LendHost { index, generation } => {
                    if let Ok(e) = self.host_slot(index, generation) {
                        e.lends = e.lends.saturating_sub(1);
                    }
                }
                ScopeItem::HostBorrow { index, generation } => {
                    if self.host_slot(index, generation).is_ok() {
                        self.host_free_slot(index);
                    }
                }
            }
        }
    }
}

/// Opens a caller-side call scope.
pub(crate) fn scope_mark(cx: &dyn CoreContext) -> Result<ScopeMark, Trap> {
    Ok(res_mut(cx)?.mark())
}

/// Closes a call scope: lends end, host borrows expire.
pub(crate) fn end_scope(cx: &dyn CoreContext, mark: ScopeMark) {
    if let Ok(mut r) = res_mut(cx) {
        r.release(mark);
    }
}

/// Starts a task (a call into `instance`'s lifted function).
pub(crate) fn begin_task(cx: &dyn CoreContext, instance: usize) -> Result<(), Trap> {
    let mut r = res_mut(cx)?;
    r.next_task += 1;
    let id = r.next_task;
    r.inst(instance)?.task = Some(Task { id, borrows: 0 });
    Ok(())
}

/// Ends the task of `instance`: every borrow lowered into it must have been
/// dropped. Leftover borrows are removed (so the instance stays usable) and
/// the call traps.
pub(crate) fn end_task(cx: &dyn CoreContext, instance: usize) -> Result<(), Trap> {
    let mut r = res_mut(cx)?;
    let inst = r.inst(instance)?;
    let Some(task) = inst.task.take() else {
        return Ok(());
    };
    if task.borrows == 0 {
        return Ok(());
    }
    for i in 0..inst.table.slots.len() {
        if matches!(&inst.table.slots[i], Some(h) if h.scope == Some(task.id)) {
            let _ = inst.table.remove(i as u32);
        }
    }
    Err(trap(TrapKind::BorrowNotDropped(task.borrows)))
}

/// `resource.new`: a new owning handle in `instance`'s table.
pub(crate) fn resource_new(
    cx: &dyn CoreContext,
    instance: usize,
    ty: &ResourceType,
    rep: u32,
) -> Result<u32, Trap> {
    res_mut(cx)?.lower_own(instance, ty.clone(), rep)
}

/// `resource.rep`: the representation behind a handle of `ty`.
pub(crate) fn resource_rep(
    cx: &dyn CoreContext,
    instance: usize,
    ty: &ResourceType,
    index: u32,
) -> Result<u32, Trap> {
    let mut r = res_mut(cx)?;
    let h = r.inst(instance)?.table.get(index)?;
    if h.ty != *ty {
        return Err(trap(TrapKind::ResourceTypeMismatch(index)));
    }
    Ok(h.rep)
}

/// `resource.drop`: removes a handle of `ty`; an owning handle's resource is
/// destroyed.
pub(crate) fn resource_drop_guest(
    cx: &mut dyn CoreContext,
    instance: usize,
    ty: &ResourceType,
    index: u32,
) -> Result<(), Trap> {
    let h = {
        let mut r = res_mut(cx)?;
        let inst = r.inst(instance)?;
        let h = inst.table.get(index)?;
        if h.ty != *ty {
            return Err(trap(TrapKind::ResourceTypeMismatch(index)));
        }
        if h.lends != 0 {
            return Err(trap(TrapKind::ResourceLent(index)));
        }
        let h = inst.table.remove(index)?;
        if !h.own
            && let Some(task) = &mut inst.task
            && h.scope == Some(task.id)
        {
            task.borrows -= 1;
        }
        h
    };
    if h.own {
        destroy(cx, instance, &h.ty, h.rep)?;
    }
    Ok(())
}

/// Runs the destructor of resource `rep` of type `ty`, on behalf of
/// `caller` (a component instance, or `None` for the host).
fn destroy(
    cx: &mut dyn CoreContext,
    caller: impl Into<Option<usize>>,
    ty: &ResourceType,
    rep: u32,
) -> Result<(), Trap> {
    let caller = caller.into();
    match &*ty.kind {
        Kind::Guest {
            instance,
            dtor: Some(dtor),
        } => {
            let instance = *instance;
            let state =
                host_state(cx).ok_or_else(|| trap(TrapKind::Other("no host state".into())))?;
            let flags = state
                .flags
                .get_mut(instance)
                .ok_or_else(|| trap(TrapKind::Other("unknown component instance".into())))?;
            let reenter = caller != Some(instance);
            if reenter {
                flags.enter()?;
            }
            let r = cx.call(*dtor, &[CoreVal::I32(rep as i32)], &mut []);
            if reenter && let Some(f) = host_state(cx).and_then(|s| s.flags.get_mut(instance)) {
                f.leave(r.is_err());
            }
            r
        }
        Kind::Host {
            dtor: Some(dtor), ..
        } => dtor(cx, rep).map_err(crate::func::to_trap),
        _ => Ok(()),
    }
}

// ------------------------------------------------------------ host API

pub(crate) fn host_insert(
    cx: &dyn CoreContext,
    ty: ResourceType,
    rep: u32,
    own: bool,
) -> Result<ResourceAny, Error> {
    Ok(res_mut(cx)?.host_insert(ty, rep, own))
}

pub(crate) fn host_take(cx: &dyn CoreContext, any: &ResourceAny) -> Result<HostEntry, Error> {
    res_mut(cx)?.host_take(any)
}

/// Drops a host-held handle; an owning one's resource is destroyed.
pub(crate) fn host_drop(cx: &mut dyn CoreContext, any: &ResourceAny) -> Result<(), Error> {
    let entry = res_mut(cx)?.host_take(any)?;
    if entry.own {
        destroy(cx, None, &entry.ty, entry.rep)?;
    }
    Ok(())
}
