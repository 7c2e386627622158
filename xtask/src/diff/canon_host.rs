//! canon-host as a host under test, over either backend: the same imports as
//! the reference, implemented through canon-host's dynamic `Linker`.

use std::collections::HashMap;
use std::sync::Arc;

use anyhow::{Context, Result, anyhow, bail};
use canon_host::types::{RecordType, ResultType, VariantType};
use canon_host::value::{Enum, Flags, List, OptionValue, Record, ResultValue, Tuple, Variant};
use canon_host::{
    Component, Engine, Instance, Linker, ResourceAny, ResourceDynamic, ResourceType, Store,
    StoreContextMut, TrapKind, Value, ValueType,
};
use wasmtime::component::types::ComponentFunc;
use wasmtime::component::{Type, Val};

use super::handles::{self, Host, HostResources, HostState};
use super::traps::{Failure, INJECTED, classify_canon};
use super::values::ImportResults;
use super::{Call, ImportCall};

/// canon-host's type for a wasmtime component type (structurally the same).
pub(crate) fn value_type(ty: &Type) -> Result<ValueType> {
    Ok(match ty {
        Type::Bool => ValueType::Bool,
        Type::S8 => ValueType::S8,
        Type::U8 => ValueType::U8,
        Type::S16 => ValueType::S16,
        Type::U16 => ValueType::U16,
        Type::S32 => ValueType::S32,
        Type::U32 => ValueType::U32,
        Type::S64 => ValueType::S64,
        Type::U64 => ValueType::U64,
        Type::Float32 => ValueType::F32,
        Type::Float64 => ValueType::F64,
        Type::Char => ValueType::Char,
        Type::String => ValueType::String,
        Type::List(list) => ValueType::List(Arc::new(value_type(&list.ty())?)),
        Type::Record(record) => ValueType::Record(Arc::new(RecordType {
            fields: record
                .fields()
                .map(|field| Ok((field.name.into(), value_type(&field.ty)?)))
                .collect::<Result<_>>()?,
        })),
        Type::Tuple(tuple) => ValueType::Tuple(
            tuple
                .types()
                .map(|t| value_type(&t))
                .collect::<Result<_>>()?,
        ),
        Type::Variant(variant) => ValueType::Variant(Arc::new(VariantType {
            cases: variant
                .cases()
                .map(|case| {
                    Ok((
                        case.name.into(),
                        case.ty.as_ref().map(value_type).transpose()?,
                    ))
                })
                .collect::<Result<_>>()?,
        })),
        Type::Enum(enum_) => ValueType::Enum(enum_.names().map(Into::into).collect()),
        Type::Option(option) => ValueType::Option(Arc::new(value_type(&option.ty())?)),
        Type::Result(result) => ValueType::Result(Arc::new(ResultType {
            ok: result.ok().as_ref().map(value_type).transpose()?,
            err: result.err().as_ref().map(value_type).transpose()?,
        })),
        Type::Flags(flags) => ValueType::Flags(flags.names().map(Into::into).collect()),
        // The resource is checked when the handle is lowered.
        Type::Own(_) => ValueType::Own(u32::MAX),
        Type::Borrow(_) => ValueType::Borrow(u32::MAX),
        other => bail!("type {other:?} is not in the echo harness yet"),
    })
}

/// What stands in for handles in a conversion: each placeholder is passed
/// to `handle`, which answers with the handle to put in its place.
pub(crate) type HandleFor<'a> = &'a mut dyn FnMut(&Val) -> Result<Value>;

/// A wasmtime value as a canon-host value of type `ty`, with no handles.
pub(crate) fn to_canon(val: &Val, ty: &ValueType) -> Result<Value> {
    to_canon_with(val, ty, &mut |v| bail!("no handle for {v:?}"))
}

/// A wasmtime value as a canon-host value of type `ty`; placeholders become
/// the handles `handle` gives.
pub(crate) fn to_canon_with(val: &Val, ty: &ValueType, handle: HandleFor<'_>) -> Result<Value> {
    let error = |e: canon_host::Error| anyhow!("{e}");
    if let ValueType::Own(_) | ValueType::Borrow(_) = ty {
        return handle(val);
    }
    Ok(match (val, ty) {
        (Val::Bool(v), _) => Value::Bool(*v),
        (Val::S8(v), _) => Value::S8(*v),
        (Val::U8(v), _) => Value::U8(*v),
        (Val::S16(v), _) => Value::S16(*v),
        (Val::U16(v), _) => Value::U16(*v),
        (Val::S32(v), _) => Value::S32(*v),
        (Val::U32(v), _) => Value::U32(*v),
        (Val::S64(v), _) => Value::S64(*v),
        (Val::U64(v), _) => Value::U64(*v),
        (Val::Float32(v), _) => Value::F32(*v),
        (Val::Float64(v), _) => Value::F64(*v),
        (Val::Char(v), _) => Value::Char(*v),
        (Val::String(v), _) => Value::string(v),
        (Val::List(items), ValueType::List(elem)) => Value::List(
            List::new(
                (**elem).clone(),
                items
                    .iter()
                    .map(|v| to_canon_with(v, elem, &mut *handle))
                    .collect::<Result<_>>()?,
            )
            .map_err(error)?,
        ),
        (Val::Record(fields), ValueType::Record(rt)) => Value::Record(
            Record::new(
                rt.clone(),
                fields
                    .iter()
                    .zip(rt.fields.iter())
                    .map(|((_, v), (_, t))| to_canon_with(v, t, &mut *handle))
                    .collect::<Result<_>>()?,
            )
            .map_err(error)?,
        ),
        (Val::Tuple(items), ValueType::Tuple(types)) => Value::Tuple(
            Tuple::new(
                types.clone(),
                items
                    .iter()
                    .zip(types.iter())
                    .map(|(v, t)| to_canon_with(v, t, &mut *handle))
                    .collect::<Result<_>>()?,
            )
            .map_err(error)?,
        ),
        (Val::Variant(case, payload), ValueType::Variant(vt)) => {
            let index = vt.case_index(case).context("unknown case")?;
            let payload = match (payload, &vt.cases[index].1) {
                (Some(v), Some(t)) => Some(to_canon_with(v, t, &mut *handle)?),
                _ => None,
            };
            Value::Variant(Variant::new(vt.clone(), case, payload).map_err(error)?)
        }
        (Val::Enum(case), ValueType::Enum(names)) => {
            Value::Enum(Enum::new(names.clone(), case).map_err(error)?)
        }
        (Val::Option(v), ValueType::Option(t)) => Value::Option(
            OptionValue::new(
                t.clone(),
                v.as_deref()
                    .map(|v| to_canon_with(v, t, &mut *handle))
                    .transpose()?,
            )
            .map_err(error)?,
        ),
        (Val::Result(r), ValueType::Result(rt)) => {
            let mut convert =
                |v: &Option<Box<Val>>, t: &Option<ValueType>| -> Result<Option<Value>> {
                    match (v, t) {
                        (Some(v), Some(t)) => Ok(Some(to_canon_with(v, t, &mut *handle)?)),
                        _ => Ok(None),
                    }
                };
            let value = match r {
                Ok(v) => Ok(convert(v, &rt.ok)?),
                Err(v) => Err(convert(v, &rt.err)?),
            };
            Value::Result(ResultValue::new(rt.clone(), value).map_err(error)?)
        }
        (Val::Flags(set), ValueType::Flags(names)) => {
            let set: Vec<&str> = set.iter().map(String::as_str).collect();
            Value::Flags(Flags::new(names.clone(), &set).map_err(error)?)
        }
        (val, ty) => bail!("value {val:?} does not have type {ty}"),
    })
}

/// What a handle becomes in a conversion to wasmtime values (a token).
pub(crate) type TokenFor<'a> = &'a mut dyn FnMut(&ResourceAny) -> Result<Val>;

/// A canon-host value as a wasmtime value, for comparison and printing;
/// each handle becomes what `token` makes of it.
pub(crate) fn to_wasmtime(value: &Value, token: TokenFor<'_>) -> Result<Val> {
    fn boxed(v: Option<&Value>, token: TokenFor<'_>) -> Result<Option<Box<Val>>> {
        v.map(|v| to_wasmtime(v, token).map(Box::new)).transpose()
    }
    Ok(match value {
        Value::Bool(v) => Val::Bool(*v),
        Value::S8(v) => Val::S8(*v),
        Value::U8(v) => Val::U8(*v),
        Value::S16(v) => Val::S16(*v),
        Value::U16(v) => Val::U16(*v),
        Value::S32(v) => Val::S32(*v),
        Value::U32(v) => Val::U32(*v),
        Value::S64(v) => Val::S64(*v),
        Value::U64(v) => Val::U64(*v),
        Value::F32(v) => Val::Float32(*v),
        Value::F64(v) => Val::Float64(*v),
        Value::Char(v) => Val::Char(*v),
        Value::String(v) => Val::String(v.to_string()),
        Value::List(list) => Val::List(
            list.iter()
                .map(|v| to_wasmtime(&v, &mut *token))
                .collect::<Result<_>>()?,
        ),
        Value::Record(record) => Val::Record(
            record
                .fields()
                .map(|(name, v)| Ok((name.to_string(), to_wasmtime(v, &mut *token)?)))
                .collect::<Result<_>>()?,
        ),
        Value::Tuple(tuple) => Val::Tuple(
            tuple
                .values()
                .iter()
                .map(|v| to_wasmtime(v, &mut *token))
                .collect::<Result<_>>()?,
        ),
        Value::Variant(variant) => Val::Variant(
            variant.case_name().to_string(),
            boxed(variant.payload(), token)?,
        ),
        Value::Enum(enum_) => Val::Enum(enum_.case_name().to_string()),
        Value::Option(option) => Val::Option(boxed(option.value(), token)?),
        Value::Result(result) => Val::Result(match result.value() {
            Ok(v) => Ok(boxed(v, token)?),
            Err(v) => Err(boxed(v, token)?),
        }),
        Value::Flags(flags) => Val::Flags(flags.set_names().map(String::from).collect()),
        Value::Resource(any) => token(any)?,
    })
}

/// canon-host over one backend as a [`Host`]: one store and instance at a
/// time. Imported resources are dynamic host resources numbered as the
/// reference numbers them.
pub(crate) struct CanonHost<'a> {
    engine: &'a Engine,
    component: Component,
    linker: Linker<HostState>,
    exported: Vec<(String, String, u32)>,
    running: Option<Running>,
}

struct Running {
    store: Store<HostState>,
    instance: Instance,
    /// The instance's exported resource types, with their labels.
    guest_types: Vec<(ResourceType, String)>,
}

/// What the hosts share about a component's imports and exports, as the
/// reference's types give them.
pub(crate) struct Interfaces<'a> {
    pub(crate) funcs: &'a HashMap<(String, String), ComponentFunc>,
    /// Imported resources `(interface, name, number)`; the number is the
    /// dynamic type's payload.
    pub(crate) imported: Vec<(String, String, u32)>,
    pub(crate) exported: Vec<(String, String, u32)>,
}

impl<'a> CanonHost<'a> {
    pub(crate) fn new(
        engine: &'a Engine,
        component: &[u8],
        import_results: &Arc<ImportResults>,
        interfaces: &Interfaces<'_>,
    ) -> Result<Self> {
        let component = Component::new(engine, component)
            .map_err(|e| anyhow!("canon-host rejects the component: {e}"))?;
        let mut linker: Linker<HostState> = Linker::new();
        let host_resources = Arc::new(HostResources::new(&interfaces.imported));
        for (interface, name, payload) in &interfaces.imported {
            let label = format!("{}#[dtor]", host_resources.label(*payload)?);
            linker
                .instance(interface)
                .and_then(|mut instance| {
                    instance.resource(
                        name,
                        ResourceType::host_dynamic(*payload),
                        move |mut store, rep| {
                            store.data_mut().trace.push(ImportCall {
                                name: label.clone(),
                                args: vec![Val::U32(rep)],
                            });
                            Ok(())
                        },
                    )
                })
                .map_err(|e| anyhow!("{e}"))?;
        }
        for ((interface, name), func) in interfaces.funcs {
            let label = format!("{interface}#{name}");
            let canon_result_type = func.results().next().as_ref().map(value_type).transpose()?;
            let import_results = Arc::clone(import_results);
            let host_resources = Arc::clone(&host_resources);
            linker
                .instance(interface)
                .map_err(|e| anyhow!("{e}"))?
                .func_new(name, move |mut store, params, results| {
                    let type_error = |e: anyhow::Error| canon_host::Error::Type(format!("{e:#}"));
                    let args: Vec<Val> = params
                        .iter()
                        .map(|v| {
                            to_wasmtime(v, &mut |any| host_token(&mut store, any, &host_resources))
                        })
                        .collect::<Result<_>>()
                        .map_err(type_error)?;
                    let traps = import_results.traps(&label, &args);
                    let generated = import_results.result(&label, &args);
                    store.data_mut().trace.push(ImportCall {
                        name: label.clone(),
                        args,
                    });
                    if traps {
                        let message = format!("{INJECTED} in {label}");
                        return Err(canon_host::Error::Trap(TrapKind::Host(message).into()));
                    }
                    if let (Some(value), Some(ty), Some(slot)) =
                        (generated.first(), &canon_result_type, results.first_mut())
                    {
                        *slot = to_canon_with(value, ty, &mut |v| {
                            let (resource, _) = handles::as_placeholder(v)
                                .context("a handle that is no placeholder")?;
                            new_host_resource(&mut store, resource, &host_resources)
                        })
                        .map_err(type_error)?;
                    }
                    Ok(())
                })
                .map_err(|e| anyhow!("{e}"))?;
        }
        Ok(CanonHost {
            engine,
            component,
            linker,
            exported: interfaces.exported.clone(),
            running: None,
        })
    }
}

/// The token of a host resource handle passed to an import.
fn host_token(
    store: &mut StoreContextMut<'_, HostState>,
    any: &ResourceAny,
    host_resources: &HostResources,
) -> Result<Val> {
    let handle = ResourceDynamic::try_from_resource_any(any.clone(), &mut *store)
        .map_err(|e| anyhow!("not a host resource: {e}"))?;
    let label = host_resources.label(handle.ty())?;
    Ok(handles::host_token(label, handle.rep(), handle.owned()))
}

/// A new host resource of `resource` (a label), numbered by the store.
fn new_host_resource(
    store: &mut StoreContextMut<'_, HostState>,
    resource: &str,
    host_resources: &HostResources,
) -> Result<Value> {
    let payload = host_resources.payload(resource)?;
    let rep = store.data_mut().new_rep();
    let any = ResourceDynamic::new_own(rep, payload)
        .try_into_resource_any(&mut *store)
        .map_err(|e| anyhow!("{e}"))?;
    Ok(Value::Resource(any))
}

impl Host for CanonHost<'_> {
    type Handle = ResourceAny;

    fn start(&mut self) -> Result<()> {
        let mut store =
            Store::new(self.engine, HostState::default()).map_err(|e| anyhow!("{e}"))?;
        let instance = self
            .linker
            .instantiate(&mut store, &self.component)
            .map_err(|e| anyhow!("canon-host cannot instantiate: {e}"))?;
        let mut guest_types = Vec::new();
        for (interface, name, _) in &self.exported {
            let ty = instance
                .get_instance(interface)
                .and_then(|i| i.get_resource(name))
                .with_context(|| format!("no exported resource {interface}/{name}"))?;
            guest_types.push((ty, format!("{interface}/{name}")));
        }
        self.running = Some(Running {
            store,
            instance,
            guest_types,
        });
        Ok(())
    }

    fn call(
        &mut self,
        call: &Call,
        handles: &[ResourceAny],
        receive: &mut dyn FnMut(&str, ResourceAny) -> Val,
    ) -> Result<Vec<Val>, Failure> {
        let running = self
            .running
            .as_mut()
            .ok_or_else(|| Failure::harness(anyhow!("no instance")))?;
        let func = running
            .instance
            .get_interface_func(&call.interface, &call.function)
            .ok_or_else(|| {
                Failure::harness(anyhow!("no export `{}#{}`", call.interface, call.function))
            })?;
        let ty = func.ty();
        let mut next = handles.iter();
        let args = call
            .args
            .iter()
            .zip(ty.params.iter())
            .map(|(v, (_, t))| {
                to_canon_with(v, t, &mut |v| {
                    handles::as_placeholder(v).context("a handle that is no placeholder")?;
                    next.next()
                        .map(|h| Value::Resource(h.clone()))
                        .context("fewer handles than placeholders")
                })
            })
            .collect::<Result<Vec<_>>>()
            .map_err(Failure::harness)?;
        let mut results = vec![Value::Bool(false); ty.result_count()];
        func.call(&mut running.store, &args, &mut results)
            .map_err(|error| classify_canon(&error))?;
        let guest_types = &running.guest_types;
        results
            .iter()
            .map(|v| {
                to_wasmtime(v, &mut |any| {
                    guest_types
                        .iter()
                        .find(|(ty, _)| ty == any.ty())
                        .map(|(_, label)| receive(label, any.clone()))
                        .context("a handle of no exported resource")
                })
            })
            .collect::<Result<Vec<_>>>()
            .map_err(Failure::harness)
    }

    fn take_trace(&mut self) -> Vec<ImportCall> {
        self.running
            .as_mut()
            .map(|r| std::mem::take(&mut r.store.data_mut().trace))
            .unwrap_or_default()
    }

    fn drop_handle(&mut self, handle: ResourceAny) -> Result<(), Failure> {
        let running = self
            .running
            .as_mut()
            .ok_or_else(|| Failure::harness(anyhow!("no instance")))?;
        handle
            .resource_drop(&mut running.store)
            .map_err(|error| classify_canon(&error))
    }
}
