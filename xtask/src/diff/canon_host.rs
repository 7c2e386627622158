//! canon-host as a host under test, over either backend: the same imports as
//! the reference, implemented through canon-host's dynamic `Linker`.

use std::collections::HashMap;
use std::sync::Arc;

use anyhow::{Context, Result, anyhow, bail};
use canon_host::types::{RecordType, ResultType, VariantType};
use canon_host::value::{Enum, Flags, List, OptionValue, Record, ResultValue, Tuple, Variant};
use canon_host::{Component, Engine, Linker, Store, TrapKind, Value, ValueType};
use wasmtime::component::types::ComponentFunc;
use wasmtime::component::{Type, Val};

use super::traps::{Failure, INJECTED, TrapClass, classify_canon};
use super::values::ImportResults;
use super::{Call, ImportCall, Outcome};

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
        other => bail!("type {other:?} is not in the echo harness yet"),
    })
}

/// A wasmtime value as a canon-host value of type `ty`.
pub(crate) fn to_canon(val: &Val, ty: &ValueType) -> Result<Value> {
    let error = |e: canon_host::Error| anyhow!("{e}");
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
                    .map(|v| to_canon(v, elem))
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
                    .map(|((_, v), (_, t))| to_canon(v, t))
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
                    .map(|(v, t)| to_canon(v, t))
                    .collect::<Result<_>>()?,
            )
            .map_err(error)?,
        ),
        (Val::Variant(case, payload), ValueType::Variant(vt)) => {
            let index = vt.case_index(case).context("unknown case")?;
            let payload = match (payload, &vt.cases[index].1) {
                (Some(v), Some(t)) => Some(to_canon(v, t)?),
                _ => None,
            };
            Value::Variant(Variant::new(vt.clone(), case, payload).map_err(error)?)
        }
        (Val::Enum(case), ValueType::Enum(names)) => {
            Value::Enum(Enum::new(names.clone(), case).map_err(error)?)
        }
        (Val::Option(v), ValueType::Option(t)) => Value::Option(
            OptionValue::new(t.clone(), v.as_deref().map(|v| to_canon(v, t)).transpose()?)
                .map_err(error)?,
        ),
        (Val::Result(r), ValueType::Result(rt)) => {
            let convert = |v: &Option<Box<Val>>, t: &Option<ValueType>| -> Result<Option<Value>> {
                match (v, t) {
                    (Some(v), Some(t)) => Ok(Some(to_canon(v, t)?)),
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

/// A canon-host value as a wasmtime value, for comparison and printing.
/// Resource handles have no wasmtime value outside a store: they are an
/// error until the harness passes handles through.
pub(crate) fn to_wasmtime(value: &Value) -> Result<Val> {
    let boxed = |v: Option<&Value>| -> Result<Option<Box<Val>>> {
        v.map(|v| to_wasmtime(v).map(Box::new)).transpose()
    };
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
                .map(|v| to_wasmtime(&v))
                .collect::<Result<_>>()?,
        ),
        Value::Record(record) => Val::Record(
            record
                .fields()
                .map(|(name, v)| Ok((name.to_string(), to_wasmtime(v)?)))
                .collect::<Result<_>>()?,
        ),
        Value::Tuple(tuple) => Val::Tuple(
            tuple
                .values()
                .iter()
                .map(to_wasmtime)
                .collect::<Result<_>>()?,
        ),
        Value::Variant(variant) => {
            Val::Variant(variant.case_name().to_string(), boxed(variant.payload())?)
        }
        Value::Enum(enum_) => Val::Enum(enum_.case_name().to_string()),
        Value::Option(option) => Val::Option(boxed(option.value())?),
        Value::Result(result) => Val::Result(match result.value() {
            Ok(v) => Ok(boxed(v)?),
            Err(v) => Err(boxed(v)?),
        }),
        Value::Flags(flags) => Val::Flags(flags.set_names().map(String::from).collect()),
        Value::Resource(_) => bail!("resource handles are not in the echo harness yet"),
    })
}

/// Runs `calls` on canon-host over `engine`: on one instance of
/// `component`, and a fresh one after each trap (the trapped instance is
/// locked down).
pub(crate) fn run(
    engine: &Engine,
    component: &[u8],
    calls: &[Call],
    import_results: &Arc<ImportResults>,
    import_types: &HashMap<(String, String), ComponentFunc>,
) -> Result<Vec<Outcome>> {
    let component = Component::new(engine, component)
        .map_err(|e| anyhow!("canon-host rejects the component: {e}"))?;
    let mut linker: Linker<Vec<ImportCall>> = Linker::new();
    for ((interface, name), func) in import_types {
        let label = format!("{interface}#{name}");
        let canon_result_type = func.results().next().as_ref().map(value_type).transpose()?;
        let import_results = Arc::clone(import_results);
        linker
            .instance(interface)
            .map_err(|e| anyhow!("{e}"))?
            .func_new(name, move |mut store, params, results| {
                let args: Vec<Val> = params
                    .iter()
                    .map(to_wasmtime)
                    .collect::<Result<_>>()
                    .map_err(|e| canon_host::Error::Type(format!("{e:#}")))?;
                let traps = import_results.traps(&label, &args);
                let generated = if traps {
                    Vec::new()
                } else {
                    import_results.result(&label, &args)
                };
                store.data_mut().push(ImportCall {
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
                    *slot = to_canon(value, ty)
                        .map_err(|e| canon_host::Error::Type(format!("{e:#}")))?;
                }
                Ok(())
            })
            .map_err(|e| anyhow!("{e}"))?;
    }
    let mut running = None;
    let mut outcomes = Vec::with_capacity(calls.len());
    for call in calls {
        let (store, instance) = match &mut running {
            Some(running) => running,
            None => {
                let mut store = Store::new(engine, Vec::new()).map_err(|e| anyhow!("{e}"))?;
                let instance = linker
                    .instantiate(&mut store, &component)
                    .map_err(|e| anyhow!("canon-host cannot instantiate: {e}"))?;
                running.insert((store, instance))
            }
        };
        let func = instance
            .get_interface_func(&call.interface, &call.function)
            .with_context(|| format!("no export `{}#{}`", call.interface, call.function))?;
        let ty = func.ty();
        let args = call
            .args
            .iter()
            .zip(ty.params.iter())
            .map(|(v, (_, t))| to_canon(v, t))
            .collect::<Result<Vec<_>>>()?;
        let call_once = |store: &mut Store<Vec<ImportCall>>| {
            let mut results = vec![Value::Bool(false); ty.result_count()];
            func.call(store, &args, &mut results)
                .map_err(|error| classify_canon(&error))
                .and_then(|()| {
                    results
                        .iter()
                        .map(to_wasmtime)
                        .collect::<Result<_>>()
                        .map_err(|error| Failure {
                            class: TrapClass::Other("results".into()),
                            message: format!("{error:#}"),
                        })
                })
        };
        store.data_mut().clear();
        let result = call_once(store);
        let trace = std::mem::take(store.data_mut());
        let after_trap = result.is_err().then(|| call_once(store));
        if result.is_err() {
            running = None;
        }
        outcomes.push(Outcome {
            result,
            trace,
            after_trap,
        });
    }
    Ok(outcomes)
}
