//! Dummy core modules: every import a world implies, every export it needs,
//! with bodies that trap. Core signatures come from canon-abi.

use canon_abi::{AbiVariant, CoreSignature, FlatType, WitTypes};
use canon_wit::names::{self, ResourceIntrinsic};
use wasm_encoder::{
    CodeSection, EntityType, ExportKind, ExportSection, Function, FunctionSection, ImportSection,
    Instruction, MemorySection, MemoryType, Module, TypeSection, ValType,
};
use wit_parser::{Function as WitFunction, Resolve, TypeDefKind, WorldId, WorldItem, WorldKey};

use crate::error::{Error, ErrorKind, Result};

/// The canonical-ABI plan of calls of `func`.
pub(crate) fn plan(types: &WitTypes, func: &WitFunction) -> Result<canon_abi::FuncPlan> {
    let ty = types.func_type(func).map_err(|e| abi_error(func, e))?;
    types.types.func_plan(&ty).map_err(|e| abi_error(func, e))
}

fn abi_error(func: &WitFunction, error: canon_abi::AbiError) -> Error {
    Error::new(
        ErrorKind::Component,
        format!("function `{}` has no canonical ABI: {error}", func.name),
    )
}

pub(crate) fn val_type(flat: FlatType) -> ValType {
    match flat {
        FlatType::I32 => ValType::I32,
        FlatType::I64 => ValType::I64,
        FlatType::F32 => ValType::F32,
        FlatType::F64 => ValType::F64,
    }
}

#[derive(Default)]
struct Builder {
    types: TypeSection,
    imports: ImportSection,
    funcs: FunctionSection,
    exports: ExportSection,
    code: CodeSection,
    type_count: u32,
    imported_funcs: u32,
    defined_funcs: u32,
}

impl Builder {
    fn ty(&mut self, params: &[FlatType], results: &[FlatType]) -> u32 {
        self.types.ty().function(
            params.iter().copied().map(val_type),
            results.iter().copied().map(val_type),
        );
        self.type_count += 1;
        self.type_count - 1
    }

    fn import(&mut self, module: &str, field: &str, params: &[FlatType], results: &[FlatType]) {
        let ty = self.ty(params, results);
        self.imports.import(module, field, EntityType::Function(ty));
        self.imported_funcs += 1;
    }

    fn export_trap(&mut self, name: &str, params: &[FlatType], results: &[FlatType]) {
        let ty = self.ty(params, results);
        self.funcs.function(ty);
        let mut body = Function::new([]);
        body.instruction(&Instruction::Unreachable);
        body.instruction(&Instruction::End);
        self.code.function(&body);
        self.exports.export(
            name,
            ExportKind::Func,
            self.imported_funcs + self.defined_funcs,
        );
        self.defined_funcs += 1;
    }

    fn import_sig(&mut self, module: &str, field: &str, sig: &CoreSignature) {
        self.import(module, field, &sig.params, &sig.results);
    }
}

/// A core module with the imports and exports `world` implies, in the
/// standard naming, whose functions trap when called.
pub fn dummy_module(resolve: &Resolve, world: WorldId) -> Result<Vec<u8>> {
    let types = WitTypes::new(resolve).map_err(|e| {
        Error::new(
            ErrorKind::Component,
            format!("types have no canonical ABI: {e}"),
        )
    })?;
    let world = &resolve.worlds[world];
    let mut b = Builder::default();
    use FlatType::I32;

    for (key, item) in world.imports.iter() {
        match item {
            WorldItem::Function(func) => {
                let plan = plan(&types, func)?;
                let (module, field) = names::import_function(resolve, None, func);
                b.import_sig(&module, &field, plan.signature(AbiVariant::GuestImport));
            }
            WorldItem::Interface { id, .. } => {
                let iface = &resolve.interfaces[*id];
                for func in iface.functions.values() {
                    let plan = plan(&types, func)?;
                    let (module, field) = names::import_function(resolve, Some(key), func);
                    b.import_sig(&module, &field, plan.signature(AbiVariant::GuestImport));
                }
                for (name, ty) in iface.types.iter() {
                    if matches!(resolve.types[*ty].kind, TypeDefKind::Resource) {
                        let (module, field) = names::resource_intrinsic(
                            resolve,
                            Some(key),
                            name,
                            ResourceIntrinsic::ImportedDrop,
                        );
                        b.import(&module, &field, &[I32], &[]);
                    }
                }
            }
            WorldItem::Type { id, .. } => {
                if matches!(resolve.types[*id].kind, TypeDefKind::Resource) {
                    let name = resolve.types[*id].name.clone().unwrap_or_default();
                    let (module, field) = names::resource_intrinsic(
                        resolve,
                        None,
                        &name,
                        ResourceIntrinsic::ImportedDrop,
                    );
                    b.import(&module, &field, &[I32], &[]);
                }
            }
        }
    }

    // Exported resources' intrinsics are imports too, so they go first.
    for (key, item) in world.exports.iter() {
        if let WorldItem::Interface { id, .. } = item {
            for (name, ty) in resolve.interfaces[*id].types.iter() {
                if matches!(resolve.types[*ty].kind, TypeDefKind::Resource) {
                    for (intrinsic, results) in [
                        (ResourceIntrinsic::ExportedDrop, &[][..]),
                        (ResourceIntrinsic::ExportedNew, &[I32][..]),
                        (ResourceIntrinsic::ExportedRep, &[I32][..]),
                    ] {
                        let (module, field) =
                            names::resource_intrinsic(resolve, Some(key), name, intrinsic);
                        b.import(&module, &field, &[I32], results);
                    }
                }
            }
        }
    }

    let export_func = |b: &mut Builder, key: Option<&WorldKey>, func: &WitFunction| {
        let plan = plan(&types, func)?;
        let sig = plan.signature(AbiVariant::GuestExport);
        let name = names::export_function(resolve, key, func);
        b.export_trap(&name, &sig.params, &sig.results);
        if plan.result_needs_post_return() {
            b.export_trap(&names::post_return(&name), &sig.results, &[]);
        }
        Ok::<_, Error>(())
    };
    for (key, item) in world.exports.iter() {
        match item {
            WorldItem::Function(func) => export_func(&mut b, None, func)?,
            WorldItem::Interface { id, .. } => {
                let iface = &resolve.interfaces[*id];
                for func in iface.functions.values() {
                    export_func(&mut b, Some(key), func)?;
                }
                for (name, ty) in iface.types.iter() {
                    if matches!(resolve.types[*ty].kind, TypeDefKind::Resource) {
                        let dtor = names::resource_destructor(resolve, Some(key), name);
                        b.export_trap(&dtor, &[I32], &[]);
                    }
                }
            }
            WorldItem::Type { .. } => {}
        }
    }

    b.export_trap(names::REALLOC, &[I32, I32, I32, I32], &[I32]);
    let mut memories = MemorySection::new();
    memories.memory(MemoryType {
        minimum: 0,
        maximum: None,
        memory64: false,
        shared: false,
        page_size_log2: None,
    });
    b.exports.export(names::MEMORY, ExportKind::Memory, 0);

    let mut module = Module::new();
    module.section(&b.types);
    module.section(&b.imports);
    module.section(&b.funcs);
    module.section(&memories);
    module.section(&b.exports);
    module.section(&b.code);
    Ok(module.finish())
}
