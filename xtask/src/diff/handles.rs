//! Resource handles in the differential run, and the call loop every host
//! shares.
//!
//! Handles have no value outside a running instance, so values carry
//! stand-ins, as wasmtime values that no WIT type has (a variant whose case
//! name starts with U+0001):
//! - a *placeholder* in generated values: "some handle of this resource";
//!   the caller supplies one (export arguments) or makes one (import results);
//! - a *host token* in import traces: the host resource with this
//!   representation (every host numbers its resources 1, 2, … per store);
//! - a *guest token* in export results: the `n`th handle the guest returned
//!   on this instance.
//!
//! The echo guest wraps each imported resource in its exported twin, so a
//! handle the host passes in comes back to the host as an import argument,
//! and the host resources an import returns come back as exported handles.
//! Every host must see the same tokens in the same places.

use std::collections::HashMap;

use anyhow::{Context, Result};
use canon_bindgen_core::walk::type_children;
use canon_wit::wit_parser::{Handle, Resolve, Type, TypeDefKind, TypeId, TypeOwner};
use wasmtime::component::Val;

use super::traps::{Failure, TrapClass};
use super::{Call, ImportCall, Outcome};

const PLACEHOLDER: &str = "\u{1}handle";
const HOST: &str = "\u{1}host";
const GUEST: &str = "\u{1}guest";

/// How many guest handles of one resource the caller keeps; older ones are
/// dropped (running the guest's destructor, which drops the imported
/// resource it wraps).
const POOL_LIMIT: usize = 4;

/// The most producer calls made to find the handles of one call.
const SUPPLY_LIMIT: usize = 8;

/// `ns:pkg/iface/name`: the resource's interface (as the component names
/// its instance) and its name.
pub(crate) fn resource_label(resolve: &Resolve, resource: TypeId) -> String {
    let resource = canon_wit::resolve_alias(resolve, resource);
    let def = &resolve.types[resource];
    let name = def.name.as_deref().unwrap_or("?");
    match def.owner {
        TypeOwner::Interface(id) => match resolve.id_of(id) {
            Some(interface) => format!("{interface}/{name}"),
            None => name.to_string(),
        },
        _ => name.to_string(),
    }
}

fn stand_in(kind: &str, resource: &str, id: Option<u32>, own: bool) -> Val {
    let mut fields = vec![
        ("resource".to_string(), Val::String(resource.to_string())),
        ("own".to_string(), Val::Bool(own)),
    ];
    if let Some(id) = id {
        fields.push(("id".to_string(), Val::U32(id)));
    }
    Val::Variant(kind.to_string(), Some(Box::new(Val::Record(fields))))
}

/// A placeholder for a handle of `resource` (a label, see [`resource_label`]).
pub(crate) fn placeholder(resource: &str, own: bool) -> Val {
    stand_in(PLACEHOLDER, resource, None, own)
}

/// The token of host resource `rep` of `resource`.
pub(crate) fn host_token(resource: &str, rep: u32, own: bool) -> Val {
    stand_in(HOST, resource, Some(rep), own)
}

/// The token of the `serial`th guest handle of `resource`.
fn guest_token(resource: &str, serial: u32) -> Val {
    stand_in(GUEST, resource, Some(serial), true)
}

/// `(kind, resource, id, own)` of a stand-in.
fn parse(val: &Val) -> Option<(&str, &str, Option<u32>, bool)> {
    let Val::Variant(kind, Some(payload)) = val else {
        return None;
    };
    if ![PLACEHOLDER, HOST, GUEST].contains(&kind.as_str()) {
        return None;
    }
    let Val::Record(fields) = &**payload else {
        return None;
    };
    let mut resource = None;
    let mut own = None;
    let mut id = None;
    for (name, value) in fields {
        match (name.as_str(), value) {
            ("resource", Val::String(s)) => resource = Some(s.as_str()),
            ("own", Val::Bool(b)) => own = Some(*b),
            ("id", Val::U32(n)) => id = Some(*n),
            _ => return None,
        }
    }
    Some((kind, resource?, id, own?))
}

/// A placeholder's resource and ownership.
pub(crate) fn as_placeholder(val: &Val) -> Option<(&str, bool)> {
    match parse(val)? {
        (PLACEHOLDER, resource, None, own) => Some((resource, own)),
        _ => None,
    }
}

/// A stand-in as text (`own<store/blob>#3`, `guest own<store/blob>@1`).
pub(crate) fn describe(val: &Val) -> Option<String> {
    let (kind, resource, id, own) = parse(val)?;
    let handle = if own { "own" } else { "borrow" };
    Some(match (kind, id) {
        (HOST, Some(id)) => format!("{handle}<{resource}>#{id}"),
        (GUEST, Some(id)) => format!("guest {handle}<{resource}>@{id}"),
        _ => format!("some {handle}<{resource}>"),
    })
}

/// `val` with every part `f` answers for replaced by its answer.
pub(crate) fn map_val(val: &Val, f: &mut dyn FnMut(&Val) -> Option<Result<Val>>) -> Result<Val> {
    if let Some(replaced) = f(val) {
        return replaced;
    }
    let boxed = |v: &Option<Box<Val>>, f: &mut dyn FnMut(&Val) -> Option<Result<Val>>| {
        v.as_deref()
            .map(|v| map_val(v, f).map(Box::new))
            .transpose()
    };
    Ok(match val {
        Val::List(items) => Val::List(items.iter().map(|v| map_val(v, f)).collect::<Result<_>>()?),
        Val::Tuple(items) => {
            Val::Tuple(items.iter().map(|v| map_val(v, f)).collect::<Result<_>>()?)
        }
        Val::Record(fields) => Val::Record(
            fields
                .iter()
                .map(|(n, v)| Ok((n.clone(), map_val(v, f)?)))
                .collect::<Result<_>>()?,
        ),
        Val::Variant(case, payload) => Val::Variant(case.clone(), boxed(payload, f)?),
        Val::Option(v) => Val::Option(boxed(v, f)?),
        Val::Result(Ok(v)) => Val::Result(Ok(boxed(v, f)?)),
        Val::Result(Err(v)) => Val::Result(Err(boxed(v, f)?)),
        other => other.clone(),
    })
}

/// The placeholders in `vals`, in order: `(resource, own)`.
pub(crate) fn placeholders(vals: &[Val]) -> Vec<(String, bool)> {
    let mut found = Vec::new();
    for val in vals {
        let _ = map_val(val, &mut |v| {
            let (resource, own) = as_placeholder(v)?;
            found.push((resource.to_string(), own));
            Some(Ok(v.clone()))
        });
    }
    found
}

/// Whether `ty` can hold an owning handle of `resource` (a label).
pub(crate) fn may_hold_own(resolve: &Resolve, ty: &Type, resource: &str) -> bool {
    let Type::Id(id) = ty else { return false };
    match &resolve.types[*id].kind {
        TypeDefKind::Handle(Handle::Own(r)) => resource_label(resolve, *r) == resource,
        TypeDefKind::Handle(Handle::Borrow(_)) => false,
        TypeDefKind::Resource => resource_label(resolve, *id) == resource,
        kind => type_children(kind)
            .iter()
            .any(|t| may_hold_own(resolve, t, resource)),
    }
}

/// A component's imported resources, which every host defines as dynamic
/// host resource types: the payload of each type is its number here, and
/// its label the first name it was imported by (its definition; a `use`
/// or alias elsewhere shares the number).
#[derive(Debug)]
pub(crate) struct HostResources {
    labels: Vec<String>,
}

impl HostResources {
    /// From `(interface, name, number)` triples, numbered as
    /// `reference::resources` numbers them.
    pub(crate) fn new(imported: &[(String, String, u32)]) -> Self {
        let mut labels = Vec::new();
        for (interface, name, number) in imported {
            if *number as usize == labels.len() {
                labels.push(format!("{interface}/{name}"));
            }
        }
        HostResources { labels }
    }

    /// The label of the resource type with payload `payload`.
    pub(crate) fn label(&self, payload: u32) -> Result<&str> {
        self.labels
            .get(payload as usize)
            .map(String::as_str)
            .context("a host resource of no imported type")
    }

    /// The payload of the resource type labelled `resource`.
    pub(crate) fn payload(&self, resource: &str) -> Result<u32> {
        self.labels
            .iter()
            .position(|r| r == resource)
            .map(|p| p as u32)
            .with_context(|| format!("no imported resource {resource}"))
    }
}

/// What a host's store holds: the trace of import calls and destructor
/// runs, and the number of the last host resource made.
#[derive(Debug, Default)]
pub(crate) struct HostState {
    pub(crate) trace: Vec<ImportCall>,
    last_rep: u32,
}

impl HostState {
    /// The representation of a new host resource: 1, 2, … per store.
    pub(crate) fn new_rep(&mut self) -> u32 {
        self.last_rep += 1;
        self.last_rep
    }
}

/// A host under test, as the call loop drives it.
pub(crate) trait Host {
    /// A guest handle the host holds.
    type Handle: Clone;

    /// A fresh store and instance.
    fn start(&mut self) -> Result<()>;

    /// Calls export `call` with its placeholders replaced, in order, by
    /// `handles`. Each handle in the results goes to `receive` with its
    /// resource's label, which answers with the token to put in its place.
    fn call(
        &mut self,
        call: &Call,
        handles: &[Self::Handle],
        receive: &mut dyn FnMut(&str, Self::Handle) -> Val,
    ) -> Result<Vec<Val>, Failure>;

    /// The import calls and destructor runs since the last take.
    fn take_trace(&mut self) -> Vec<ImportCall>;

    /// Drops a guest handle the host owns.
    fn drop_handle(&mut self, handle: Self::Handle) -> Result<(), Failure>;
}

/// The guest handles the caller holds on one instance, oldest first.
struct Pool<H> {
    entries: Vec<(String, H)>,
    serial: u32,
}

impl<H: Clone> Pool<H> {
    fn new() -> Self {
        Pool {
            entries: Vec::new(),
            serial: 0,
        }
    }

    fn insert(&mut self, resource: &str, handle: H) -> Val {
        self.serial += 1;
        self.entries.push((resource.to_string(), handle));
        guest_token(resource, self.serial)
    }

    /// Which entries serve `needs`: each owning need takes the oldest free
    /// handle of its resource; borrows take the handles no owning need took,
    /// newest first and round again when there are more borrows than
    /// handles. `Err` names the first resource short of handles.
    fn choose(&self, needs: &[(String, bool)]) -> Result<Vec<usize>, String> {
        let mut taken = vec![false; self.entries.len()];
        let mut chosen = vec![usize::MAX; needs.len()];
        for (slot, (resource, own)) in needs.iter().enumerate() {
            if !own {
                continue;
            }
            let index = (0..self.entries.len())
                .find(|&i| !taken[i] && self.entries[i].0 == *resource)
                .ok_or_else(|| resource.clone())?;
            taken[index] = true;
            chosen[slot] = index;
        }
        let mut borrowed: HashMap<&str, usize> = HashMap::new();
        for (slot, (resource, own)) in needs.iter().enumerate() {
            if *own {
                continue;
            }
            let free: Vec<usize> = (0..self.entries.len())
                .rev()
                .filter(|&i| !taken[i] && self.entries[i].0 == *resource)
                .collect();
            if free.is_empty() {
                return Err(resource.clone());
            }
            let turn = borrowed.entry(resource.as_str()).or_default();
            chosen[slot] = free[*turn % free.len()];
            *turn += 1;
        }
        Ok(chosen)
    }

    /// The handles for `needs`; the owning ones leave the pool.
    fn take(&mut self, needs: &[(String, bool)], chosen: &[usize]) -> Vec<H> {
        let handles = chosen.iter().map(|&i| self.entries[i].1.clone()).collect();
        let mut owned: Vec<usize> = chosen
            .iter()
            .zip(needs)
            .filter(|(_, (_, own))| *own)
            .map(|(&i, _)| i)
            .collect();
        owned.sort_unstable_by(|a, b| b.cmp(a));
        for index in owned {
            self.entries.remove(index);
        }
        handles
    }

    /// The oldest handles past [`POOL_LIMIT`] of any resource.
    fn excess(&mut self) -> Vec<H> {
        let mut counts: HashMap<String, usize> = HashMap::new();
        for (resource, _) in &self.entries {
            *counts.entry(resource.clone()).or_default() += 1;
        }
        let mut dropped = Vec::new();
        let mut kept = Vec::new();
        for (resource, handle) in std::mem::take(&mut self.entries) {
            let count = counts.get_mut(&resource).expect("counted");
            if *count > POOL_LIMIT {
                *count -= 1;
                dropped.push(handle);
            } else {
                kept.push((resource, handle));
            }
        }
        self.entries = kept;
        dropped
    }
}

/// Calls that make handles of a resource: by label, the calls (with no
/// handle arguments) whose result can hold an owning handle of it,
/// constructors first.
pub(crate) type Producers = HashMap<String, Vec<Call>>;

/// What one host made of a world's calls.
#[derive(Debug)]
pub(crate) struct Run {
    pub(crate) outcomes: Vec<Outcome>,
    /// Dropping the handles still held at the end (the destructors'
    /// trace), when the last instance did not trap.
    pub(crate) teardown: Option<Outcome>,
}

const NO_HANDLE: &str = "no handle";

/// Whether a call was not made for want of a handle to pass.
pub(crate) fn found_no_handle(result: &Result<Vec<Val>, Failure>) -> bool {
    result
        .as_ref()
        .is_err_and(|f| f.class == TrapClass::Other(NO_HANDLE.into()))
}

/// Makes `calls` on `host`: one instance until a call traps, then a fresh
/// one. Handles the guest returns are kept for later calls; a call short of
/// handles first calls the resource's producers.
pub(crate) fn drive<H: Host>(host: &mut H, calls: &[Call], producers: &Producers) -> Result<Run> {
    let mut pool: Pool<H::Handle> = Pool::new();
    let mut started = false;
    let mut outcomes = Vec::with_capacity(calls.len());
    for call in calls {
        if !started {
            host.start()?;
            pool = Pool::new();
            started = true;
        }
        host.take_trace();
        let needs = placeholders(&call.args);
        let mut trace = Vec::new();
        let mut failed: Option<(Failure, &Call)> = None;
        let mut supplied = 0;
        let mut tried: Vec<String> = Vec::new();
        'supply: while let Err(short) = pool.choose(&needs) {
            if tried.contains(&short) {
                break;
            }
            tried.push(short.clone());
            for producer in producers.get(&short).into_iter().flatten() {
                if supplied == SUPPLY_LIMIT {
                    break 'supply;
                }
                supplied += 1;
                let result = host.call(producer, &[], &mut |resource, handle| {
                    pool.insert(resource, handle)
                });
                trace.extend(host.take_trace());
                if let Err(failure) = result {
                    failed = Some((failure, producer));
                    break 'supply;
                }
                if pool.choose(&needs).err().as_ref() != Some(&short) {
                    continue 'supply;
                }
            }
            break;
        }
        let (result, retry) = match failed {
            Some((failure, producer)) => (Err(failure), Some((producer, Vec::new()))),
            None => match pool.choose(&needs) {
                Ok(chosen) => {
                    let handles = pool.take(&needs, &chosen);
                    let result = host.call(call, &handles, &mut |resource, handle| {
                        pool.insert(resource, handle)
                    });
                    (result, Some((call, handles)))
                }
                Err(short) => {
                    let failure = Failure {
                        class: TrapClass::Other(NO_HANDLE.into()),
                        message: format!("no handle of {short} to pass"),
                    };
                    (Err(failure), None)
                }
            },
        };
        trace.extend(host.take_trace());
        // After a trap the same call again (with the same handles) must
        // find the instance locked down.
        let trapped = result
            .as_ref()
            .is_err_and(|f| f.class != TrapClass::Other(NO_HANDLE.into()));
        let after_trap = match retry {
            Some((again, handles)) if trapped => {
                let again = host.call(again, &handles, &mut |_, _| Val::Bool(false));
                host.take_trace();
                Some(again)
            }
            _ => None,
        };
        if trapped {
            started = false;
        } else {
            for handle in pool.excess() {
                let dropped = host.drop_handle(handle);
                trace.extend(host.take_trace());
                if let Err(failure) = dropped {
                    trace.push(ImportCall {
                        name: format!("dropping a guest handle failed: {failure}"),
                        args: Vec::new(),
                    });
                }
            }
        }
        outcomes.push(Outcome {
            result,
            trace,
            after_trap,
        });
    }
    let teardown = if started {
        host.take_trace();
        let mut result = Ok(Vec::new());
        for (_, handle) in std::mem::take(&mut pool.entries) {
            if let Err(failure) = host.drop_handle(handle) {
                result = Err(failure);
                break;
            }
        }
        Some(Outcome {
            result,
            trace: host.take_trace(),
            after_trap: None,
        })
    } else {
        None
    };
    Ok(Run { outcomes, teardown })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stand_ins_round_trip_and_describe_themselves() {
        let p = placeholder("a:b/c/r", false);
        assert_eq!(as_placeholder(&p), Some(("a:b/c/r", false)));
        assert_eq!(describe(&p).as_deref(), Some("some borrow<a:b/c/r>"));
        let h = host_token("a:b/c/r", 3, true);
        assert_eq!(as_placeholder(&h), None);
        assert_eq!(describe(&h).as_deref(), Some("own<a:b/c/r>#3"));
        assert_eq!(describe(&Val::Variant("handle".into(), None)), None);
        let nested = Val::List(vec![
            placeholder("x", true),
            Val::Option(Some(Box::new(placeholder("y", false)))),
        ]);
        assert_eq!(
            placeholders(&[nested, Val::U8(1)]),
            [("x".to_string(), true), ("y".to_string(), false)]
        );
    }

    #[test]
    fn owning_needs_take_the_oldest_handles_and_borrows_the_newest_left() {
        let mut pool: Pool<u32> = Pool::new();
        for (resource, handle) in [("r", 1), ("s", 2), ("r", 3), ("r", 4)] {
            pool.insert(resource, handle);
        }
        let needs = vec![
            ("r".to_string(), false),
            ("r".to_string(), true),
            ("s".to_string(), true),
        ];
        let chosen = pool.choose(&needs).unwrap();
        assert_eq!(pool.take(&needs, &chosen), [4, 1, 2]);
        assert_eq!(pool.entries, [("r".to_string(), 3), ("r".to_string(), 4)]);
        assert_eq!(
            pool.choose(&[("s".to_string(), false)]),
            Err("s".to_string())
        );
        // An owning need and a borrow never share a handle.
        let needs = vec![("r".to_string(), true), ("r".to_string(), false)];
        assert_eq!(pool.choose(&needs), Ok(vec![0, 1]));
        // Borrows take turns over the free handles, newest first.
        let needs = vec![("r".to_string(), false); 3];
        assert_eq!(pool.choose(&needs), Ok(vec![1, 0, 1]));
        let needs = vec![
            ("r".to_string(), true),
            ("r".to_string(), true),
            ("r".to_string(), false),
        ];
        assert_eq!(pool.choose(&needs), Err("r".to_string()));
    }

    #[test]
    fn aliases_of_a_resource_share_its_number_and_label() {
        let imported = [
            ("a:b/c".to_string(), "r".to_string(), 0),
            ("a:b/c".to_string(), "r-alias".to_string(), 0),
            ("a:b/d".to_string(), "s".to_string(), 1),
            ("a:b/d".to_string(), "r".to_string(), 0),
        ];
        let resources = HostResources::new(&imported);
        assert_eq!(resources.label(0).unwrap(), "a:b/c/r");
        assert_eq!(resources.label(1).unwrap(), "a:b/d/s");
        assert!(resources.label(2).is_err());
        assert_eq!(resources.payload("a:b/d/s").unwrap(), 1);
        assert!(resources.payload("a:b/c/r-alias").is_err());
    }

    #[test]
    fn the_pool_drops_its_oldest_handles_past_the_limit() {
        let mut pool: Pool<usize> = Pool::new();
        for handle in 0..POOL_LIMIT + 2 {
            pool.insert("r", handle);
        }
        pool.insert("s", 100);
        assert_eq!(pool.excess(), [0, 1]);
        assert_eq!(pool.entries.len(), POOL_LIMIT + 1);
        assert!(pool.excess().is_empty());
    }
}
