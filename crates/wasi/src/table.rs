//! The resource table: the host-side values behind every WASI handle, with
//! parent/child links so that a child (a stream of a descriptor, a pollable
//! of a stream) cannot outlive what it reads from.
//!
//! canon-host keeps the guest's handle tables; the `rep` of each
//! [`Resource`] it passes here is an index into this table, chosen when the
//! resource was created. A rep that names nothing, or a value of another
//! type, is a bug in the guest's use of the host (or in the host) and traps.

use std::any::Any;
use std::collections::BTreeSet;

use canon_host::{Error, Resource, Trap, TrapKind};

/// A trap raised by canon-wasi: misuse of a resource, or an argument that no
/// WASI error code describes.
pub(crate) fn trap(message: impl Into<String>) -> Error {
    Error::Trap(Trap::new(TrapKind::Host(message.into())))
}

struct Entry {
    value: Box<dyn Any + Send>,
    parent: Option<u32>,
    children: BTreeSet<u32>,
}

/// Host values by rep. Reps start at 1; freed slots are reused.
pub struct ResourceTable {
    entries: Vec<Option<Entry>>,
    free: Vec<u32>,
    max_live: usize,
}

/// The default cap on live resources of one context: far more than any
/// real program holds, and a bound on what a guest that leaks handles in a
/// loop can make the host keep.
pub const DEFAULT_MAX_RESOURCES: usize = 1 << 20;

impl Default for ResourceTable {
    fn default() -> Self {
        ResourceTable {
            entries: Vec::new(),
            free: Vec::new(),
            max_live: DEFAULT_MAX_RESOURCES,
        }
    }
}

impl std::fmt::Debug for ResourceTable {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ResourceTable")
            .field("live", &self.len())
            .finish()
    }
}

impl ResourceTable {
    /// An empty table.
    pub fn new() -> Self {
        Self::default()
    }

    /// An empty table holding at most `max_live` values at once; past it,
    /// creating a resource traps with `HandleTableFull`.
    pub fn with_limit(max_live: usize) -> Self {
        ResourceTable {
            max_live,
            ..Self::default()
        }
    }

    /// How many values are live.
    pub fn len(&self) -> usize {
        self.entries.len() - self.free.len()
    }

    /// Whether no value is live.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    fn insert(&mut self, entry: Entry) -> Result<u32, Error> {
        if self.len() >= self.max_live {
            return Err(Error::Trap(Trap::new(TrapKind::HandleTableFull)));
        }
        if let Some(rep) = self.free.pop() {
            self.entries[rep as usize - 1] = Some(entry);
            return Ok(rep);
        }
        let rep = u32::try_from(self.entries.len() + 1)
            .map_err(|_| Error::Trap(Trap::new(TrapKind::HandleTableFull)))?;
        self.entries.push(Some(entry));
        Ok(rep)
    }

    /// Stores `value` and returns an owning handle to it.
    pub fn push<M: 'static, V: Any + Send>(&mut self, value: V) -> Result<Resource<M>, Error> {
        let rep = self.insert(Entry {
            value: Box::new(value),
            parent: None,
            children: BTreeSet::new(),
        })?;
        Ok(Resource::new_own(rep))
    }

    /// Stores `value` as a child of `parent`, which cannot be deleted while
    /// the child lives.
    pub fn push_child<M: 'static, V: Any + Send>(
        &mut self,
        value: V,
        parent: u32,
    ) -> Result<Resource<M>, Error> {
        self.entry_mut(parent)?;
        let rep = self.insert(Entry {
            value: Box::new(value),
            parent: Some(parent),
            children: BTreeSet::new(),
        })?;
        if let Some(p) = self.slot_mut(parent) {
            p.children.insert(rep);
        }
        Ok(Resource::new_own(rep))
    }

    fn slot_mut(&mut self, rep: u32) -> Option<&mut Entry> {
        self.entries
            .get_mut((rep as usize).checked_sub(1)?)
            .and_then(Option::as_mut)
    }

    fn entry_mut(&mut self, rep: u32) -> Result<&mut Entry, Error> {
        self.slot_mut(rep)
            .ok_or_else(|| Error::Trap(Trap::new(TrapKind::UnknownHandle(rep))))
    }

    fn entry(&self, rep: u32) -> Result<&Entry, Error> {
        (rep as usize)
            .checked_sub(1)
            .and_then(|i| self.entries.get(i))
            .and_then(Option::as_ref)
            .ok_or_else(|| Error::Trap(Trap::new(TrapKind::UnknownHandle(rep))))
    }

    /// The value behind `rep`, if it is a `V`.
    pub fn get_rep<V: Any>(&self, rep: u32) -> Result<&V, Error> {
        self.entry(rep)?
            .value
            .downcast_ref()
            .ok_or_else(|| Error::Trap(Trap::new(TrapKind::ResourceTypeMismatch(rep))))
    }

    /// The value behind `rep`, mutably, if it is a `V`.
    pub fn get_rep_mut<V: Any>(&mut self, rep: u32) -> Result<&mut V, Error> {
        self.entry_mut(rep)?
            .value
            .downcast_mut()
            .ok_or_else(|| Error::Trap(Trap::new(TrapKind::ResourceTypeMismatch(rep))))
    }

    /// The value behind a handle.
    pub fn get<M: 'static, V: Any>(&self, handle: &Resource<M>) -> Result<&V, Error> {
        self.get_rep(handle.rep())
    }

    /// The value behind a handle, mutably.
    pub fn get_mut<M: 'static, V: Any>(&mut self, handle: &Resource<M>) -> Result<&mut V, Error> {
        self.get_rep_mut(handle.rep())
    }

    /// The parent of `rep`, if it was pushed as a child.
    pub fn parent(&self, rep: u32) -> Result<Option<u32>, Error> {
        Ok(self.entry(rep)?.parent)
    }

    /// Removes and returns the value behind `rep`. Traps if it still has
    /// children (a descriptor whose stream is open, a stream whose pollable
    /// is alive): the guest must drop those first, as the WIT says.
    pub fn delete_rep<V: Any>(&mut self, rep: u32) -> Result<V, Error> {
        let entry = self.entry(rep)?;
        if !entry.value.is::<V>() {
            return Err(Error::Trap(Trap::new(TrapKind::ResourceTypeMismatch(rep))));
        }
        if !entry.children.is_empty() {
            return Err(trap(format!(
                "resource {rep} dropped while {} child resource(s) (streams or pollables) of it are alive",
                entry.children.len()
            )));
        }
        let entry = self.entries[rep as usize - 1]
            .take()
            .expect("the entry was just found");
        self.free.push(rep);
        if let Some(parent) = entry.parent
            && let Some(p) = self.slot_mut(parent)
        {
            p.children.remove(&rep);
        }
        match entry.value.downcast::<V>() {
            Ok(v) => Ok(*v),
            Err(_) => unreachable!("the type was checked above"),
        }
    }

    /// Removes and returns the value behind a handle.
    pub fn delete<M: 'static, V: Any>(&mut self, handle: Resource<M>) -> Result<V, Error> {
        self.delete_rep(handle.rep())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    enum Marker {}

    #[test]
    fn parents_outlive_children_and_types_are_checked() {
        let mut table = ResourceTable::new();
        let parent: Resource<Marker> = table.push(7u32).unwrap();
        let child: Resource<Marker> = table.push_child("s", parent.rep()).unwrap();
        assert_eq!(*table.get::<_, u32>(&parent).unwrap(), 7);
        // The wrong type is a trap, not a panic.
        let err = table.get::<_, String>(&parent).unwrap_err();
        assert!(matches!(err, Error::Trap(t) if *t.kind() == TrapKind::ResourceTypeMismatch(1)));
        // A parent with a live child cannot go.
        let err = table.delete_rep::<u32>(parent.rep()).unwrap_err();
        assert!(err.to_string().contains("child"), "{err}");
        assert_eq!(table.delete_rep::<&str>(child.rep()).unwrap(), "s");
        assert_eq!(table.delete_rep::<u32>(parent.rep()).unwrap(), 7);
        assert!(table.is_empty());
        // A freed rep names nothing until reused.
        let err = table.get_rep::<u32>(1).unwrap_err();
        assert!(matches!(err, Error::Trap(t) if *t.kind() == TrapKind::UnknownHandle(1)));
        assert!(table.get_rep::<u32>(0).is_err());
        let again: Resource<Marker> = table.push(1u8).unwrap();
        assert!(again.rep() == 1 || again.rep() == 2);
    }

    #[test]
    fn the_live_count_is_capped() {
        let mut table = ResourceTable::with_limit(2);
        let a: Resource<Marker> = table.push(1u8).unwrap();
        let _b: Resource<Marker> = table.push(2u8).unwrap();
        let err = table.push::<Marker, _>(3u8).unwrap_err();
        assert!(matches!(err, Error::Trap(t) if *t.kind() == TrapKind::HandleTableFull));
        table.delete_rep::<u8>(a.rep()).unwrap();
        let _c: Resource<Marker> = table.push(3u8).unwrap();
        assert_eq!(table.len(), 2);
    }
}
