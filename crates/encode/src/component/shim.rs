//! The helper core modules of a component: the *shim*, whose table of
//! trampolines the main module imports before what they call exists, the
//! *fixup*, which fills that table, and a module whose start function runs
//! `_initialize`.

use wasm_encoder::{
    CodeSection, ConstExpr, ElementSection, Elements, EntityType, ExportKind, ExportSection,
    Function, FunctionSection, ImportSection, Instruction, Module, RefType, TableType, TypeSection,
};

/// One trampoline of the shim module.
#[derive(Debug)]
pub(crate) struct Slot {
    pub(crate) params: Vec<wasm_encoder::ValType>,
    pub(crate) results: Vec<wasm_encoder::ValType>,
}

/// The shim: a table and one trampoline per slot calling through it.
pub(crate) fn shim_module(slots: &[Slot]) -> Vec<u8> {
    let mut types = TypeSection::new();
    let mut funcs = FunctionSection::new();
    let mut tables = wasm_encoder::TableSection::new();
    let mut exports = ExportSection::new();
    let mut code = CodeSection::new();
    tables.table(TableType {
        element_type: RefType::FUNCREF,
        table64: false,
        minimum: slots.len() as u64,
        maximum: Some(slots.len() as u64),
        shared: false,
    });
    for (i, slot) in slots.iter().enumerate() {
        let i = i as u32;
        types
            .ty()
            .function(slot.params.iter().copied(), slot.results.iter().copied());
        funcs.function(i);
        let mut body = Function::new([]);
        for param in 0..slot.params.len() as u32 {
            body.instruction(&Instruction::LocalGet(param));
        }
        body.instruction(&Instruction::I32Const(i as i32));
        body.instruction(&Instruction::CallIndirect {
            type_index: i,
            table_index: 0,
        });
        body.instruction(&Instruction::End);
        code.function(&body);
        exports.export(&i.to_string(), ExportKind::Func, i);
    }
    exports.export("$imports", ExportKind::Table, 0);
    let mut module = Module::new();
    module.section(&types);
    module.section(&funcs);
    module.section(&tables);
    module.section(&exports);
    module.section(&code);
    module.finish()
}

/// A module whose start function is its one import, `"" ""`.
pub(crate) fn start_module() -> Vec<u8> {
    let mut types = TypeSection::new();
    types.ty().function([], []);
    let mut imports = ImportSection::new();
    imports.import("", "", EntityType::Function(0));
    let mut module = Module::new();
    module.section(&types);
    module.section(&imports);
    module.section(&wasm_encoder::StartSection { function_index: 0 });
    module.finish()
}

/// The fixup: imports the shim's table and the real functions, and fills it.
pub(crate) fn fixup_module(slots: &[Slot]) -> Vec<u8> {
    let mut types = TypeSection::new();
    let mut imports = ImportSection::new();
    let mut elements = ElementSection::new();
    imports.import(
        "",
        "$imports",
        EntityType::Table(TableType {
            element_type: RefType::FUNCREF,
            table64: false,
            minimum: slots.len() as u64,
            maximum: Some(slots.len() as u64),
            shared: false,
        }),
    );
    for (i, slot) in slots.iter().enumerate() {
        types
            .ty()
            .function(slot.params.iter().copied(), slot.results.iter().copied());
        imports.import("", &i.to_string(), EntityType::Function(i as u32));
    }
    let indices: Vec<u32> = (0..slots.len() as u32).collect();
    elements.active(
        None,
        &ConstExpr::i32_const(0),
        Elements::Functions(indices.into()),
    );
    let mut module = Module::new();
    module.section(&types);
    module.section(&imports);
    module.section(&elements);
    module.finish()
}
