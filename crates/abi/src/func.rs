//! Function types: how parameters and results travel, and the core signatures.

use crate::flat::FlatType;
use crate::layout::Layout;
use crate::types::{TypeProps, Types, ValType};
use crate::{AbiError, MAX_FLAT_PARAMS, MAX_FLAT_RESULTS};

/// A component function type: parameter types in order, and an optional result.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct FuncType {
    pub params: Box<[ValType]>,
    pub result: Option<ValType>,
}

/// Which side of the boundary a core signature is for.
///
/// The host side mirrors the guest side: `canon lower` (a host or another
/// component providing a guest's import) has the [`AbiVariant::GuestImport`]
/// shape, `canon lift` (calling a guest's export) has the
/// [`AbiVariant::GuestExport`] shape.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum AbiVariant {
    /// A core function the guest imports: a spilled result is written through a
    /// return pointer the caller passes as an extra last parameter.
    GuestImport,
    /// A core function the guest exports: a spilled result is returned as a
    /// pointer into the guest's memory, freed by post-return.
    GuestExport,
}

/// The core wasm signature of a component function in one direction.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct CoreSignature {
    pub params: Vec<FlatType>,
    pub results: Vec<FlatType>,
    /// The parameters travel in memory; the only parameter is a pointer to them.
    pub indirect_params: bool,
    /// The result travels in memory, through a return pointer (an extra
    /// parameter for imports, the single result for exports).
    pub retptr: bool,
}

/// How a function's parameters travel.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ParamsPlan {
    /// As flat values; `starts[i]` is the index of parameter `i`'s first one.
    Flat { starts: Box<[u32]>, count: u32 },
    /// In memory, laid out like a tuple of the parameters at `offsets`.
    Indirect { offsets: Box<[u32]>, layout: Layout },
}

/// How a function's result travels.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ResultPlan {
    /// There is no result.
    None,
    /// As at most one flat value.
    Flat(ValType),
    /// In memory, with this layout, behind a return pointer.
    Indirect(ValType, Layout),
}

/// Everything precomputed about calling a function of one type.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FuncPlan {
    pub params: ParamsPlan,
    pub result: ResultPlan,
    /// What the parameters may contain.
    pub params_props: TypeProps,
    /// What the result may contain.
    pub result_props: TypeProps,
    import_signature: CoreSignature,
    export_signature: CoreSignature,
}

impl FuncPlan {
    /// The core signature in direction `variant`.
    pub fn signature(&self, variant: AbiVariant) -> &CoreSignature {
        match variant {
            AbiVariant::GuestImport => &self.import_signature,
            AbiVariant::GuestExport => &self.export_signature,
        }
    }

    /// Whether lowering the parameters (calling an export) or lowering the
    /// result (returning from an import) into guest memory may need `realloc`.
    pub fn lowering_params_needs_realloc(&self) -> bool {
        self.params_props.has_pointers || matches!(self.params, ParamsPlan::Indirect { .. })
    }

    /// Whether a lifted export's result may own guest allocations that a
    /// post-return function has to free.
    pub fn result_needs_post_return(&self) -> bool {
        self.result_props.has_pointers || matches!(self.result, ResultPlan::Indirect(..))
    }
}

impl Types {
    /// Plans calls of functions of type `func`.
    pub fn func_plan(&self, func: &FuncType) -> Result<FuncPlan, AbiError> {
        let mut params_props = TypeProps::default();
        let mut flat_params = Some(Vec::new());
        let mut starts = Vec::with_capacity(func.params.len());
        for &param in &func.params {
            if let ValType::Defined(id) = param {
                self.get(id)?;
            }
            params_props = params_props.union(self.props(param));
            starts.push(
                flat_params
                    .as_ref()
                    .map_or(0, |flat: &Vec<_>| flat.len() as u32),
            );
            flat_params = match (flat_params, self.flat(param)) {
                (Some(mut flat), Some(more)) if flat.len() + more.len() <= MAX_FLAT_PARAMS => {
                    flat.extend_from_slice(more);
                    Some(flat)
                }
                _ => None,
            };
        }
        let (params, core_params) = match flat_params {
            Some(flat) => (
                ParamsPlan::Flat {
                    starts: starts.into(),
                    count: flat.len() as u32,
                },
                flat,
            ),
            None => {
                let mut offsets = Vec::with_capacity(func.params.len());
                let layout = Layout::record(func.params.iter().map(|&p| self.layout(p)), |o| {
                    offsets.push(o)
                })?;
                (
                    ParamsPlan::Indirect {
                        offsets: offsets.into(),
                        layout,
                    },
                    vec![FlatType::I32],
                )
            }
        };
        let indirect_params = matches!(params, ParamsPlan::Indirect { .. });

        let (result, core_results, result_props) = match func.result {
            None => (ResultPlan::None, Vec::new(), TypeProps::default()),
            Some(ty) => {
                if let ValType::Defined(id) = ty {
                    self.get(id)?;
                }
                let props = self.props(ty);
                match self.flat(ty) {
                    Some(flat) if flat.len() <= MAX_FLAT_RESULTS => {
                        (ResultPlan::Flat(ty), flat.to_vec(), props)
                    }
                    _ => (ResultPlan::Indirect(ty, self.layout(ty)), Vec::new(), props),
                }
            }
        };
        let retptr = matches!(result, ResultPlan::Indirect(..));

        let mut import_params = core_params.clone();
        let mut export_results = core_results.clone();
        if retptr {
            import_params.push(FlatType::I32);
            export_results.push(FlatType::I32);
        }
        Ok(FuncPlan {
            params,
            result,
            params_props,
            result_props,
            import_signature: CoreSignature {
                params: import_params,
                results: core_results,
                indirect_params,
                retptr,
            },
            export_signature: CoreSignature {
                params: core_params,
                results: export_results,
                indirect_params,
                retptr,
            },
        })
    }
}
