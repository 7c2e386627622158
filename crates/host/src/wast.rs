//! A `.wast` runner for component scripts: runs one file on an engine and
//! counts passed and failed directives. The `canon wast` command wraps it.

use std::collections::HashMap;
use std::path::Path;

use wast::component::WastVal;
use wast::parser::{self, ParseBuffer};
use wast::{QuoteWat, Wast, WastArg, WastDirective, WastExecute, WastInvoke, WastRet};

use crate::types::ValueType;
use crate::value::{Enum, Flags, List, OptionValue, Record, ResultValue, Tuple, Variant};
use crate::{Component, Engine, Error, Instance, Linker, Store, Value};

/// The outcome of running one `.wast` file.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct WastReport {
    /// Directives that behaved as expected.
    pub passed: usize,
    /// Directives that did not, with a line number and reason each.
    pub failures: Vec<String>,
}

impl WastReport {
    /// The number of failed directives.
    pub fn failed(&self) -> usize {
        self.failures.len()
    }
}

/// Runs the script at `path`.
pub fn run_file(engine: &Engine, path: &Path) -> Result<WastReport, Error> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| Error::Invalid(format!("{}: {e}", path.display())))?;
    run_str(engine, &text)
}

/// Runs a script given as text.
pub fn run_str(engine: &Engine, text: &str) -> Result<WastReport, Error> {
    let buf = ParseBuffer::new(text).map_err(|e| Error::Invalid(e.to_string()))?;
    let wast = parser::parse::<Wast<'_>>(&buf).map_err(|e| Error::Invalid(e.to_string()))?;
    let mut runner = Runner {
        engine: engine.clone(),
        store: Store::new(engine, ())?,
        linker: Linker::new(),
        instances: HashMap::new(),
        definitions: HashMap::new(),
        last: None,
        report: WastReport::default(),
    };
    for directive in wast.directives {
        let span = directive.span();
        let (line, _) = span.linecol_in(text);
        match runner.directive(directive) {
            Ok(()) => runner.report.passed += 1,
            Err(msg) => runner
                .report
                .failures
                .push(format!("line {}: {msg}", line + 1)),
        }
    }
    Ok(runner.report)
}

struct Runner {
    engine: Engine,
    store: Store<()>,
    linker: Linker<()>,
    instances: HashMap<String, Instance>,
    definitions: HashMap<String, Component>,
    last: Option<Instance>,
    report: WastReport,
}

fn encode(wat: &mut QuoteWat<'_>) -> Result<Vec<u8>, String> {
    wat.encode().map_err(|e| format!("encode: {e}"))
}

impl Runner {
    fn compile(&self, bytes: &[u8]) -> Result<Option<Component>, Error> {
        // Core modules at the top level of a script are only validated.
        if bytes.get(4..8) == Some(&[1, 0, 0, 0]) {
            self.engine.backend().compile(bytes)?;
            return Ok(None);
        }
        Component::new(&self.engine, bytes).map(Some)
    }

    fn define(&mut self, mut wat: QuoteWat<'_>, instantiate: bool) -> Result<(), String> {
        let name = wat.name().map(|id| id.name().to_string());
        let bytes = encode(&mut wat)?;
        let Some(component) = self.compile(&bytes).map_err(|e| e.to_string())? else {
            return Ok(());
        };
        if instantiate {
            let instance = self
                .linker
                .instantiate(&mut self.store, &component)
                .map_err(|e| e.to_string())?;
            if let Some(name) = name {
                self.instances.insert(name, instance.clone());
            }
            self.last = Some(instance);
        } else if let Some(name) = name {
            self.definitions.insert(name, component);
        }
        Ok(())
    }

    fn directive(&mut self, d: WastDirective<'_>) -> Result<(), String> {
        match d {
            WastDirective::Module(wat) => self.define(wat, true),
            WastDirective::ModuleDefinition(wat) => self.define(wat, false),
            WastDirective::ModuleInstance {
                instance, module, ..
            } => {
                let component = module
                    .and_then(|m| self.definitions.get(m.name()))
                    .ok_or("unknown component definition")?
                    .clone();
                let inst = self
                    .linker
                    .instantiate(&mut self.store, &component)
                    .map_err(|e| e.to_string())?;
                if let Some(name) = instance {
                    self.instances.insert(name.name().to_string(), inst.clone());
                }
                self.last = Some(inst);
                Ok(())
            }
            WastDirective::AssertMalformed { mut module, .. }
            | WastDirective::AssertInvalid { mut module, .. } => {
                let Ok(bytes) = module.encode() else {
                    return Ok(());
                };
                match self.compile(&bytes) {
                    Ok(_) => Err("expected the module to be rejected".into()),
                    Err(_) => Ok(()),
                }
            }
            WastDirective::AssertUnlinkable { module, .. } => {
                let mut module = QuoteWat::Wat(module);
                let bytes = encode(&mut module)?;
                let component = match self.compile(&bytes) {
                    Ok(Some(c)) => c,
                    Ok(None) => return Err("core module in assert_unlinkable".into()),
                    Err(e) => return Err(format!("failed to compile: {e}")),
                };
                match self.linker.instantiate(&mut self.store, &component) {
                    Ok(_) => Err("expected instantiation to fail".into()),
                    Err(_) => Ok(()),
                }
            }
            WastDirective::Register { name, module, .. } => {
                let inst = self.instance(module.map(|m| m.name()))?;
                self.linker
                    .root()
                    .instance_from(name, &inst)
                    .map_err(|e| e.to_string())
            }
            WastDirective::Invoke(invoke) => self.invoke(invoke).map(|_| ()),
            WastDirective::AssertReturn { exec, results, .. } => {
                let got = self.execute(exec)?;
                let expected: Vec<&WastVal<'_>> = results
                    .iter()
                    .map(|r| match r {
                        WastRet::Component(v) => Ok(v),
                        _ => Err("core results are not supported".to_string()),
                    })
                    .collect::<Result<_, _>>()?;
                if got.len() != expected.len() {
                    return Err(format!(
                        "expected {} results, got {}",
                        expected.len(),
                        got.len()
                    ));
                }
                for (g, e) in got.iter().zip(expected) {
                    if !matches_wast(g, e) {
                        return Err(format!("expected {e:?}, got {g:?}"));
                    }
                }
                Ok(())
            }
            WastDirective::AssertTrap { exec, message, .. } => match self.execute(exec) {
                Ok(v) => Err(format!("expected a trap ({message}), got {v:?}")),
                Err(e) if e.starts_with("trap:") => Ok(()),
                Err(e) => Err(format!("expected a trap ({message}), got error {e}")),
            },
            other => Err(format!("unsupported directive {other:?}")
                .chars()
                .take(80)
                .collect()),
        }
    }

    fn instance(&self, name: Option<&str>) -> Result<Instance, String> {
        match name {
            Some(n) => self
                .instances
                .get(n)
                .cloned()
                .ok_or_else(|| format!("unknown instance `{n}`")),
            None => self.last.clone().ok_or_else(|| "no instance".to_string()),
        }
    }

    fn execute(&mut self, exec: WastExecute<'_>) -> Result<Vec<Value>, String> {
        match exec {
            WastExecute::Invoke(invoke) => self.invoke(invoke),
            WastExecute::Wat(wat) => {
                let mut wat = QuoteWat::Wat(wat);
                let bytes = encode(&mut wat)?;
                let Some(component) = self.compile(&bytes).map_err(|e| e.to_string())? else {
                    return Ok(Vec::new());
                };
                self.linker
                    .instantiate(&mut self.store, &component)
                    .map_err(|e| e.to_string())?;
                Ok(Vec::new())
            }
            WastExecute::Get { .. } => Err("`get` is not supported".into()),
        }
    }

    fn invoke(&mut self, invoke: WastInvoke<'_>) -> Result<Vec<Value>, String> {
        let instance = self.instance(invoke.module.map(|m| m.name()))?;
        let func = instance
            .get_func(invoke.name)
            .ok_or_else(|| format!("no exported function `{}`", invoke.name))?;
        let ty = func.ty();
        if invoke.args.len() != ty.params.len() {
            return Err("wrong number of arguments".into());
        }
        let mut params = Vec::with_capacity(invoke.args.len());
        for (arg, (_, t)) in invoke.args.iter().zip(ty.params.iter()) {
            let WastArg::Component(v) = arg else {
                return Err("core arguments are not supported".into());
            };
            params.push(to_value(v, t)?);
        }
        let mut results = vec![Value::Bool(false); ty.result_count()];
        func.call(&mut self.store, &params, &mut results)
            .map_err(|e| e.to_string())?;
        Ok(results)
    }
}

fn mismatch(v: &WastVal<'_>, t: &ValueType) -> String {
    format!("argument {v:?} does not have type {t}")
}

/// Converts a script value to a value of type `t`.
fn to_value(v: &WastVal<'_>, t: &ValueType) -> Result<Value, String> {
    let err = |e: Error| e.to_string();
    Ok(match (v, t) {
        (WastVal::Bool(b), ValueType::Bool) => Value::Bool(*b),
        (WastVal::U8(x), ValueType::U8) => Value::U8(*x),
        (WastVal::S8(x), ValueType::S8) => Value::S8(*x),
        (WastVal::U16(x), ValueType::U16) => Value::U16(*x),
        (WastVal::S16(x), ValueType::S16) => Value::S16(*x),
        (WastVal::U32(x), ValueType::U32) => Value::U32(*x),
        (WastVal::S32(x), ValueType::S32) => Value::S32(*x),
        (WastVal::U64(x), ValueType::U64) => Value::U64(*x),
        (WastVal::S64(x), ValueType::S64) => Value::S64(*x),
        (WastVal::F32(x), ValueType::F32) => Value::F32(f32::from_bits(x.bits)),
        (WastVal::F64(x), ValueType::F64) => Value::F64(f64::from_bits(x.bits)),
        (WastVal::Char(c), ValueType::Char) => Value::Char(*c),
        (WastVal::String(s), ValueType::String) => Value::string(s),
        (WastVal::List(items), ValueType::List(e)) => {
            let values = items
                .iter()
                .map(|i| to_value(i, e))
                .collect::<Result<Vec<_>, _>>()?;
            Value::List(List::new((**e).clone(), values).map_err(err)?)
        }
        (WastVal::Record(fields), ValueType::Record(r)) => {
            let mut values = Vec::with_capacity(r.fields.len());
            for (name, ft) in r.fields.iter() {
                let (_, fv) = fields
                    .iter()
                    .find(|(n, _)| *n == &**name)
                    .ok_or_else(|| format!("missing field `{name}`"))?;
                values.push(to_value(fv, ft)?);
            }
            Value::Record(Record::new(r.clone(), values).map_err(err)?)
        }
        (WastVal::Tuple(items), ValueType::Tuple(ts)) => {
            if items.len() != ts.len() {
                return Err(mismatch(v, t));
            }
            let values = items
                .iter()
                .zip(ts.iter())
                .map(|(i, t)| to_value(i, t))
                .collect::<Result<Vec<_>, _>>()?;
            Value::Tuple(Tuple::new(ts.clone(), values).map_err(err)?)
        }
        (WastVal::Variant(name, payload), ValueType::Variant(vt)) => {
            let i = vt.case_index(name).ok_or_else(|| mismatch(v, t))?;
            let payload = match (payload, &vt.cases[i].1) {
                (Some(p), Some(pt)) => Some(to_value(p, pt)?),
                (None, None) => None,
                _ => return Err(mismatch(v, t)),
            };
            Value::Variant(Variant::new(vt.clone(), name, payload).map_err(err)?)
        }
        (WastVal::Enum(name), ValueType::Enum(names)) => {
            Value::Enum(Enum::new(names.clone(), name).map_err(err)?)
        }
        (WastVal::Option(o), ValueType::Option(inner)) => {
            let value = match o {
                Some(p) => Some(to_value(p, inner)?),
                None => None,
            };
            Value::Option(OptionValue::new(inner.clone(), value).map_err(err)?)
        }
        (WastVal::Result(r), ValueType::Result(rt)) => {
            let conv = |p: &Option<Box<WastVal<'_>>>, t: &Option<ValueType>| match (p, t) {
                (Some(p), Some(t)) => to_value(p, t).map(Some),
                (None, None) => Ok(None),
                _ => Err(mismatch(v, &ValueType::Result(rt.clone()))),
            };
            let value = match r {
                Ok(p) => Ok(conv(p, &rt.ok)?),
                Err(p) => Err(conv(p, &rt.err)?),
            };
            Value::Result(ResultValue::new(rt.clone(), value).map_err(err)?)
        }
        (WastVal::Flags(set), ValueType::Flags(names)) => {
            Value::Flags(Flags::new(names.clone(), set).map_err(err)?)
        }
        _ => return Err(mismatch(v, t)),
    })
}

fn f32_eq(a: f32, b: u32) -> bool {
    let b = f32::from_bits(b);
    (a.is_nan() && b.is_nan()) || a.to_bits() == b.to_bits()
}

fn f64_eq(a: f64, b: u64) -> bool {
    let b = f64::from_bits(b);
    (a.is_nan() && b.is_nan()) || a.to_bits() == b.to_bits()
}

/// Whether a result matches the script's expectation.
fn matches_wast(v: &Value, e: &WastVal<'_>) -> bool {
    fn opt(v: Option<&Value>, e: &Option<Box<WastVal<'_>>>) -> bool {
        match (v, e) {
            (Some(v), Some(e)) => matches_wast(v, e),
            (None, None) => true,
            _ => false,
        }
    }
    match (v, e) {
        (Value::Bool(a), WastVal::Bool(b)) => a == b,
        (Value::U8(a), WastVal::U8(b)) => a == b,
        (Value::S8(a), WastVal::S8(b)) => a == b,
        (Value::U16(a), WastVal::U16(b)) => a == b,
        (Value::S16(a), WastVal::S16(b)) => a == b,
        (Value::U32(a), WastVal::U32(b)) => a == b,
        (Value::S32(a), WastVal::S32(b)) => a == b,
        (Value::U64(a), WastVal::U64(b)) => a == b,
        (Value::S64(a), WastVal::S64(b)) => a == b,
        (Value::F32(a), WastVal::F32(b)) => f32_eq(*a, b.bits),
        (Value::F64(a), WastVal::F64(b)) => f64_eq(*a, b.bits),
        (Value::Char(a), WastVal::Char(b)) => a == b,
        (Value::String(a), WastVal::String(b)) => &**a == *b,
        (Value::List(l), WastVal::List(items)) => {
            l.len() == items.len() && l.iter().zip(items).all(|(v, e)| matches_wast(&v, e))
        }
        (Value::Record(r), WastVal::Record(fields)) => {
            r.values().len() == fields.len()
                && fields
                    .iter()
                    .all(|(n, e)| r.field(n).is_some_and(|v| matches_wast(v, e)))
        }
        (Value::Tuple(t), WastVal::Tuple(items)) => {
            t.values().len() == items.len()
                && t.values()
                    .iter()
                    .zip(items)
                    .all(|(v, e)| matches_wast(v, e))
        }
        (Value::Variant(x), WastVal::Variant(name, p)) => {
            x.case_name() == *name && opt(x.payload(), p)
        }
        (Value::Enum(x), WastVal::Enum(name)) => x.case_name() == *name,
        (Value::Option(o), WastVal::Option(p)) => opt(o.value(), p),
        (Value::Result(r), WastVal::Result(p)) => match (r.value(), p) {
            (Ok(v), Ok(e)) | (Err(v), Err(e)) => opt(v, e),
            _ => false,
        },
        (Value::Flags(f), WastVal::Flags(names)) => {
            let set: Vec<&str> = f.set_names().collect();
            set.len() == names.len() && names.iter().all(|n| set.contains(n))
        }
        _ => false,
    }
}
