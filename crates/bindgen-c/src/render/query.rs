//! [`Names`]: the C names the bindings of a world use, for code written
//! against them (the differential harness's C echo guests).

use canon_bindgen_core::walk::{ScopeKind, resolve_alias};
use wit_parser::{Function, InterfaceId, Resolve, Type, WorldId};

use super::Generator;
use super::funcs::Shape;
use super::types::base;
use crate::Bindings;
use crate::error::Result;
use crate::options::Options;

/// The names of a world's generated C, as [`crate::generate`] writes them
/// with the same options.
pub struct Names<'a> {
    g: Generator<'a>,
    bindings: Bindings,
}

impl std::fmt::Debug for Names<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Names").finish_non_exhaustive()
    }
}

/// How a function's result reaches C.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ResultShape {
    None,
    /// Returned by value.
    Direct,
    /// Written to a last `T *ret` parameter.
    Aggregate,
    /// `bool f(..., T *ret)`: true when some.
    Option,
    /// `bool f(..., T *ret, E *err)`: true when ok; `ret` or `err` only
    /// when that case has a payload.
    Result {
        ok: bool,
        err: bool,
    },
}

/// One parameter of a C function.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Param {
    pub ctype: String,
    pub name: String,
    /// Passed as `ctype *name`.
    pub by_pointer: bool,
}

/// A function's C name and signature.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FunctionNames {
    pub name: String,
    /// `ret name(params)`, without a `;`.
    pub prototype: String,
    pub params: Vec<Param>,
    /// The C type of the whole WIT result.
    pub result: Option<String>,
    /// For option and result shapes, the C types of `ret` and `err`.
    pub ret: Option<String>,
    pub err: Option<String>,
    pub shape: ResultShape,
}

/// The C names of a resource, as seen from one scope.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ResourceNames {
    pub own: String,
    pub borrow: String,
    /// The representation struct (exported resources only, else empty).
    pub rep: String,
    /// `<prefix>_<r>`: `_drop_own`, `_drop_borrow`, `_new`, `_rep` and
    /// `_destructor` follow it.
    pub base: String,
    /// The function borrowing an owned handle (imported resources).
    pub borrow_fn: String,
    pub exported: bool,
}

impl<'a> Names<'a> {
    /// The names of `world`'s bindings under `options`.
    pub fn new(resolve: &'a Resolve, world: WorldId, options: &'a Options) -> Result<Self> {
        let g = Generator::new(resolve, world, options)?;
        let bindings = g.run()?;
        Ok(Names { g, bindings })
    }

    /// The bindings these names are those of, as [`crate::generate`] gives them.
    pub fn bindings(&self) -> &Bindings {
        &self.bindings
    }

    /// The scope of an imported (or exported) interface, or of the world's
    /// own items (`None`).
    pub fn scope(&self, export: bool, interface: Option<InterfaceId>) -> Option<usize> {
        let kind = if export {
            ScopeKind::Export
        } else {
            ScopeKind::Import
        };
        self.g.walk.find(kind, interface)
    }

    /// The C spelling of `ty` in scope `scope`.
    pub fn ctype(&self, scope: usize, ty: &Type) -> Result<String> {
        self.g.ctype(ty, scope)
    }

    /// The `_free` function of `ty`'s C type, if it has one.
    pub fn free_function(&self, scope: usize, ty: &Type) -> Result<Option<String>> {
        if !self.g.is_struct(ty) {
            return Ok(None);
        }
        Ok(Some(format!("{}_free", base(&self.g.ctype(ty, scope)?))))
    }

    /// The C name of a record field, variant case (its union member) or
    /// parameter named `name` in WIT.
    pub fn member(&self, name: &str) -> String {
        crate::names::member(name)
    }

    /// Whether `ty` travels by pointer in signatures.
    pub fn by_pointer(&self, ty: &Type) -> bool {
        self.g.is_struct(ty)
    }

    /// The C name and signature of `func` of scope `scope`.
    pub fn function(&self, scope: usize, func: &Function) -> Result<FunctionNames> {
        let sig = self.g.signature(scope, func)?;
        let name = self.g.func_name(scope, func);
        let (shape, ret, err) = match &sig.shape {
            Shape::None => (ResultShape::None, None, None),
            Shape::Direct(_) => (ResultShape::Direct, None, None),
            Shape::Aggregate(_) => (ResultShape::Aggregate, None, None),
            Shape::Option(t) => (ResultShape::Option, Some(t.clone()), None),
            Shape::Result(ok, err) => (
                ResultShape::Result {
                    ok: ok.is_some(),
                    err: err.is_some(),
                },
                ok.clone(),
                err.clone(),
            ),
        };
        Ok(FunctionNames {
            prototype: sig.prototype(&name),
            name,
            params: sig
                .params
                .iter()
                .map(|(ctype, name, by_pointer)| Param {
                    ctype: ctype.clone(),
                    name: name.clone(),
                    by_pointer: *by_pointer,
                })
                .collect(),
            result: sig.result.clone(),
            ret,
            err,
            shape,
        })
    }

    /// The names of resource `resource` as seen from scope `scope`.
    pub fn resource(&self, scope: usize, resource: wit_parser::TypeId) -> Result<ResourceNames> {
        let r = resolve_alias(self.g.resolve, resource);
        let (owner, exported) = self.g.resource_owner(r, scope)?;
        let names = self.g.resource_names(r, owner);
        Ok(ResourceNames {
            borrow_fn: base(&names.borrow).to_string(),
            own: names.own,
            borrow: names.borrow,
            rep: names.rep,
            base: names.base,
            exported,
        })
    }
}
