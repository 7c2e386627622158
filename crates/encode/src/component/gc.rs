//! Trimming an adapter to the exports that are used, and giving it a shadow
//! stack.
//!
//! An adapter (such as the preview1 adapter) exports far more than one main
//! module uses. Only the exports asked for are kept; every function, global
//! and table they do not reach is dropped, and with them the adapter's WIT
//! imports that nothing calls any more, so the component imports only what
//! the program can use.
//!
//! Adapters share the main module's memory, so they cannot place a stack of
//! their own: a mutable `i32` global named `__stack_pointer` starts at zero.
//! The trimmed adapter gets an `allocate_stack` function that takes one page
//! and points the stack pointer at its end:
//!
//! - when the main module exports a realloc for it and the adapter has an
//!   `allocation_state` global, lazily, with the main module's realloc,
//!   called at the start of every export (the state guards against the
//!   realloc calling back into the adapter);
//! - otherwise from a start function, with `memory.grow`.
//!
//! An adapter importing the main module's `cabi_realloc` gets it under the
//! name the main module exports, or, when it exports none, a local function
//! that grows memory by one page per call.

use std::collections::HashMap;

use wasm_encoder::reencode::{self, Reencode};
use wasm_encoder::{
    BlockType, CodeSection, EntityType, ExportKind, ExportSection, Function, FunctionSection,
    GlobalSection, ImportSection, Instruction, Module, NameMap, NameSection, StartSection,
    TableSection, TypeSection,
};
use wasmparser::{
    ExternalKind, FunctionBody, Global, KnownCustom, Name, Operator, Parser, Payload, Table,
    TypeRef, ValType,
};

use crate::error::{Error, ErrorKind, Result, bail};

/// The module the adapter imports the main module's exports from.
pub(crate) const MAIN_MODULE: &str = "__main_module__";
/// The core module the adapter imports the main module's memory from.
pub(crate) const ENV: &str = "env";
/// The global holding an adapter's shadow stack pointer.
const STACK_POINTER: &str = "__stack_pointer";
/// The global recording whether the adapter's stack is allocated.
const ALLOCATION_STATE: &str = "allocation_state";
/// The size of the stack given to adapters, one page.
const PAGE_SIZE: i32 = 64 * 1024;

/// What `allocation_state` holds.
#[derive(Clone, Copy)]
enum AllocationState {
    Unallocated = 0,
    Allocating = 1,
    Allocated = 2,
}

/// An item of the adapter: imported (module, name) or defined here.
#[derive(Clone, Copy, Debug)]
enum Def<'a, T> {
    Import(&'a str, &'a str),
    Local(T),
}

/// The parsed adapter.
#[derive(Default)]
struct Parsed<'a> {
    types: Option<wasmparser::TypeSectionReader<'a>>,
    /// Every function: its type and where it comes from (a body index).
    funcs: Vec<(u32, Def<'a, usize>)>,
    tables: Vec<(wasmparser::TableType, Def<'a, Table<'a>>)>,
    memories: Vec<(wasmparser::MemoryType, &'a str, &'a str)>,
    globals: Vec<(wasmparser::GlobalType, Def<'a, Global<'a>>)>,
    exports: Vec<wasmparser::Export<'a>>,
    bodies: Vec<FunctionBody<'a>>,
    func_names: HashMap<u32, &'a str>,
    global_names: HashMap<u32, &'a str>,
}

fn parse_error(adapter: &str) -> impl Fn(wasmparser::BinaryReaderError) -> Error + '_ {
    move |e| Error::from_wasmparser(ErrorKind::Validate, &e).context(format!("adapter `{adapter}`"))
}

fn parse<'a>(adapter: &str, wasm: &'a [u8]) -> Result<Parsed<'a>> {
    let err = parse_error(adapter);
    let mut parsed = Parsed::default();
    let mut local_funcs = 0;
    for payload in Parser::new(0).parse_all(wasm) {
        match payload.map_err(&err)? {
            Payload::TypeSection(section) => parsed.types = Some(section),
            Payload::ImportSection(section) => {
                for import in section.into_imports() {
                    let import = import.map_err(&err)?;
                    let def = Def::Import(import.module, import.name);
                    match import.ty {
                        TypeRef::Func(ty) | TypeRef::FuncExact(ty) => parsed.funcs.push((ty, def)),
                        TypeRef::Table(ty) => parsed
                            .tables
                            .push((ty, Def::Import(import.module, import.name))),
                        TypeRef::Memory(ty) => {
                            parsed.memories.push((ty, import.module, import.name))
                        }
                        TypeRef::Global(ty) => parsed
                            .globals
                            .push((ty, Def::Import(import.module, import.name))),
                        TypeRef::Tag(_) => bail!(
                            Component,
                            "adapter `{adapter}` imports tag `{}#{}`; adapters cannot use exceptions",
                            import.module,
                            import.name
                        ),
                    }
                }
            }
            Payload::FunctionSection(section) => {
                for ty in section {
                    parsed
                        .funcs
                        .push((ty.map_err(&err)?, Def::Local(local_funcs)));
                    local_funcs += 1;
                }
            }
            Payload::TableSection(section) => {
                for table in section {
                    let table = table.map_err(&err)?;
                    parsed.tables.push((table.ty, Def::Local(table)));
                }
            }
            Payload::MemorySection(section) if section.count() > 0 => bail!(
                Component,
                "adapter `{adapter}` defines a memory; an adapter must import the main module's (`{ENV}` `memory`)"
            ),
            Payload::GlobalSection(section) => {
                for global in section {
                    let global = global.map_err(&err)?;
                    parsed.globals.push((global.ty, Def::Local(global)));
                }
            }
            Payload::ExportSection(section) => {
                for export in section {
                    parsed.exports.push(export.map_err(&err)?);
                }
            }
            Payload::StartSection { .. } => {
                bail!(
                    Component,
                    "adapter `{adapter}` has a start function; adapters cannot"
                )
            }
            Payload::ElementSection(section) if section.count() > 0 => bail!(
                Component,
                "adapter `{adapter}` has element segments; adapters cannot, as they share the main module's tables"
            ),
            Payload::DataSection(section) if section.count() > 0 => bail!(
                Component,
                "adapter `{adapter}` has data segments; adapters cannot, as they share the main module's memory"
            ),
            Payload::TagSection(section) if section.count() > 0 => bail!(
                Component,
                "adapter `{adapter}` defines tags; adapters cannot use exceptions"
            ),
            Payload::CodeSectionEntry(body) => parsed.bodies.push(body),
            Payload::CustomSection(section) => {
                if let KnownCustom::Name(names) = section.as_known() {
                    // Names are only for debugging; a broken name section
                    // is ignored, as engines do.
                    for name in names.into_iter().flatten() {
                        let (map, target) = match name {
                            Name::Function(map) => (map, &mut parsed.func_names),
                            Name::Global(map) => (map, &mut parsed.global_names),
                            _ => continue,
                        };
                        for naming in map.into_iter().flatten() {
                            target.insert(naming.index, naming.name);
                        }
                    }
                }
            }
            _ => {}
        }
    }
    if parsed.memories.len() > 1 {
        bail!(
            Component,
            "adapter `{adapter}` imports {} memories; an adapter uses only the main module's",
            parsed.memories.len()
        );
    }
    Ok(parsed)
}

/// Which functions, globals and tables the kept exports reach.
struct Liveness {
    funcs: Vec<bool>,
    globals: Vec<bool>,
    tables: Vec<bool>,
    work: Vec<(ExternalKind, u32)>,
}

impl Liveness {
    fn mark(&mut self, kind: ExternalKind, index: u32) {
        let set = match kind {
            ExternalKind::Func | ExternalKind::FuncExact => &mut self.funcs,
            ExternalKind::Global => &mut self.globals,
            ExternalKind::Table => &mut self.tables,
            ExternalKind::Memory | ExternalKind::Tag => return,
        };
        if let Some(live) = set.get_mut(index as usize)
            && !*live
        {
            *live = true;
            self.work.push((kind, index));
        }
    }

    /// Marks what the operators of `reader` refer to.
    fn scan(
        &mut self,
        mut reader: wasmparser::OperatorsReader<'_>,
    ) -> Result<(), wasmparser::BinaryReaderError> {
        while !reader.eof() {
            match reader.read()? {
                Operator::Call { function_index }
                | Operator::ReturnCall { function_index }
                | Operator::RefFunc { function_index } => {
                    self.mark(ExternalKind::Func, function_index)
                }
                Operator::GlobalGet { global_index } | Operator::GlobalSet { global_index } => {
                    self.mark(ExternalKind::Global, global_index)
                }
                Operator::CallIndirect { table_index, .. }
                | Operator::ReturnCallIndirect { table_index, .. } => {
                    self.mark(ExternalKind::Table, table_index)
                }
                Operator::TableGet { table }
                | Operator::TableSet { table }
                | Operator::TableGrow { table }
                | Operator::TableSize { table }
                | Operator::TableFill { table }
                | Operator::TableInit { table, .. } => self.mark(ExternalKind::Table, table),
                Operator::TableCopy {
                    dst_table,
                    src_table,
                } => {
                    self.mark(ExternalKind::Table, dst_table);
                    self.mark(ExternalKind::Table, src_table);
                }
                _ => {}
            }
        }
        Ok(())
    }
}

/// Old index to new index of each live item.
#[derive(Default)]
struct Remap {
    funcs: Vec<Option<u32>>,
    globals: Vec<Option<u32>>,
    tables: Vec<Option<u32>>,
}

fn remap(map: &[Option<u32>], what: &str, index: u32) -> Result<u32, reencode::Error<String>> {
    map.get(index as usize)
        .copied()
        .flatten()
        .ok_or_else(|| reencode::Error::UserError(format!("{what} {index} was removed")))
}

impl Reencode for Remap {
    type Error = String;
    fn function_index(&mut self, func: u32) -> Result<u32, reencode::Error<String>> {
        remap(&self.funcs, "function", func)
    }
    fn global_index(&mut self, global: u32) -> Result<u32, reencode::Error<String>> {
        remap(&self.globals, "global", global)
    }
    fn table_index(&mut self, table: u32) -> Result<u32, reencode::Error<String>> {
        remap(&self.tables, "table", table)
    }
}

/// `adapter`, trimmed to the exports named in `keep`, with a stack. The main
/// module exports `main_realloc` for the adapter, if it has one.
pub(crate) fn trim(
    adapter: &str,
    wasm: &[u8],
    keep: &[String],
    main_realloc: Option<&str>,
) -> Result<Vec<u8>> {
    let parsed = parse(adapter, wasm)?;
    let err = parse_error(adapter);
    let reencode_err = |e: reencode::Error<String>| {
        Error::new(
            ErrorKind::Component,
            format!("adapter `{adapter}`: cannot re-encode the trimmed adapter: {e}"),
        )
    };

    // Liveness, from the kept exports.
    let mut live = Liveness {
        funcs: vec![false; parsed.funcs.len()],
        globals: vec![false; parsed.globals.len()],
        tables: vec![false; parsed.tables.len()],
        work: Vec::new(),
    };
    let mut exports = Vec::new();
    for name in keep {
        let Some(export) = parsed.exports.iter().find(|e| e.name == name) else {
            bail!(Component, "adapter `{adapter}` does not export `{name}`");
        };
        live.mark(export.kind, export.index);
        exports.push(*export);
    }
    while let Some((kind, index)) = live.work.pop() {
        match kind {
            ExternalKind::Func | ExternalKind::FuncExact => {
                if let Def::Local(body) = parsed.funcs[index as usize].1 {
                    let reader = parsed.bodies[body].get_operators_reader().map_err(&err)?;
                    live.scan(reader).map_err(&err)?;
                }
            }
            ExternalKind::Global => {
                if let Def::Local(global) = &parsed.globals[index as usize].1 {
                    live.scan(global.init_expr.get_operators_reader())
                        .map_err(&err)?;
                }
            }
            ExternalKind::Table => {
                if let Def::Local(Table {
                    init: wasmparser::TableInit::Expr(init),
                    ..
                }) = &parsed.tables[index as usize].1
                {
                    live.scan(init.get_operators_reader()).map_err(&err)?;
                }
            }
            ExternalKind::Memory | ExternalKind::Tag => {}
        }
    }
    let named_global = |name: &str| {
        parsed
            .globals
            .iter()
            .enumerate()
            .find_map(|(i, (ty, def))| {
                let named = parsed.global_names.get(&(i as u32)) == Some(&name);
                (named
                    && ty.mutable
                    && ty.content_type == ValType::I32
                    && matches!(def, Def::Local(_)))
                .then_some(i as u32)
            })
    };
    let stack_pointer = named_global(STACK_POINTER).filter(|sp| live.globals[*sp as usize]);
    let allocation_state = named_global(ALLOCATION_STATE);
    if stack_pointer.is_some()
        && let Some(state) = allocation_state
    {
        live.globals[state as usize] = true;
    }
    if live.tables.iter().any(|t| *t) {
        bail!(
            Component,
            "adapter `{adapter}` calls through a table; adapters cannot, as they have no element segments"
        );
    }

    // New indices.
    let mut remap = Remap::default();
    let is_main_realloc = |def: &Def<'_, usize>| {
        matches!(def, Def::Import(module, name)
            if *module == MAIN_MODULE && matches!(*name, "cabi_realloc" | "canonical_abi_realloc"))
    };
    let mut types = TypeSection::new();
    let mut imports = ImportSection::new();
    let mut funcs = FunctionSection::new();
    let mut code = CodeSection::new();
    if let Some(section) = parsed.types.clone() {
        remap
            .parse_type_section(&mut types, section)
            .map_err(reencode_err)?;
    }
    let mut next_func = 0;
    let mut realloc = None;
    let mut realloc_to_define = None;
    let mut names: Vec<(u32, String)> = Vec::new();
    remap.funcs = vec![None; parsed.funcs.len()];
    // Imports stay first, in order; the main module's realloc, when it
    // exports none, becomes a local function after them.
    for (i, (ty, def)) in parsed.funcs.iter().enumerate() {
        let Def::Import(module, name) = *def else {
            continue;
        };
        if !live.funcs[i] {
            continue;
        }
        if is_main_realloc(def) {
            match main_realloc {
                Some(main) => {
                    imports.import(module, main, EntityType::Function(*ty));
                    realloc = Some(next_func);
                }
                None => {
                    realloc_to_define = Some((i, *ty));
                    continue;
                }
            }
        } else {
            imports.import(module, name, EntityType::Function(*ty));
        }
        remap.funcs[i] = Some(next_func);
        next_func += 1;
    }
    let lazy = stack_pointer.is_some() && allocation_state.is_some() && main_realloc.is_some();
    let mut realloc_type = None;
    let mut realloc_type_index = |types: &mut TypeSection| {
        *realloc_type.get_or_insert_with(|| {
            types.ty().function(
                [wasm_encoder::ValType::I32; 4],
                [wasm_encoder::ValType::I32],
            );
            types.len() - 1
        })
    };
    if lazy
        && realloc.is_none()
        && let Some(main) = main_realloc
    {
        let ty = realloc_type_index(&mut types);
        imports.import(MAIN_MODULE, main, EntityType::Function(ty));
        names.push((next_func, main.to_string()));
        realloc = Some(next_func);
        next_func += 1;
    }
    // Locals: the defined realloc, then the live functions.
    let mut bodies: Vec<Function> = Vec::new();
    if let Some((old, ty)) = realloc_to_define {
        funcs.function(ty);
        remap.funcs[old] = Some(next_func);
        realloc = Some(next_func);
        names.push((next_func, "realloc_via_memory_grow".to_string()));
        bodies.push(realloc_via_memory_grow());
        next_func += 1;
    }
    let mut locals = Vec::new();
    for (i, (ty, def)) in parsed.funcs.iter().enumerate() {
        if let (Def::Local(body), true) = (def, live.funcs[i]) {
            funcs.function(*ty);
            remap.funcs[i] = Some(next_func);
            locals.push((i, *body));
            next_func += 1;
        }
    }
    let mut empty_type = None;
    let mut empty_type_index = |types: &mut TypeSection| {
        *empty_type.get_or_insert_with(|| {
            types.ty().function([], []);
            types.len() - 1
        })
    };
    let lazy_allocate = lazy.then(|| {
        funcs.function(empty_type_index(&mut types));
        names.push((next_func, "allocate_stack".to_string()));
        next_func += 1;
        next_func - 1
    });

    // Tables, globals.
    let tables = TableSection::new();
    remap.tables = vec![None; parsed.tables.len()];
    let mut globals = GlobalSection::new();
    remap.globals = vec![None; parsed.globals.len()];
    let mut next_global = 0;
    for (i, (ty, def)) in parsed.globals.iter().enumerate() {
        if !live.globals[i] {
            continue;
        }
        remap.globals[i] = Some(next_global);
        next_global += 1;
        if let Def::Import(module, name) = def {
            let ty = remap.global_type(*ty).map_err(reencode_err)?;
            imports.import(module, name, EntityType::Global(ty));
        }
    }
    for (i, (ty, def)) in parsed.globals.iter().enumerate() {
        if let (Def::Local(global), true) = (def, live.globals[i]) {
            let ty = remap.global_type(*ty).map_err(reencode_err)?;
            let init = remap
                .const_expr(global.init_expr.clone())
                .map_err(reencode_err)?;
            globals.global(ty, &init);
        }
    }
    for (ty, module, name) in &parsed.memories {
        imports.import(
            module,
            name,
            EntityType::Memory(remap.memory_type(*ty).map_err(reencode_err)?),
        );
    }
    let sp = stack_pointer.and_then(|sp| remap.globals[sp as usize]);
    let state = allocation_state.and_then(|s| remap.globals[s as usize]);

    // Bodies.
    let exported: Vec<u32> = exports
        .iter()
        .filter(|e| e.kind == ExternalKind::Func)
        .map(|e| e.index)
        .collect();
    for (old, body) in locals {
        let parsed_body = &parsed.bodies[body];
        let mut func = remap
            .new_function_with_parsed_locals(parsed_body)
            .map_err(reencode_err)?;
        if let Some(allocate) = lazy_allocate
            && exported.contains(&(old as u32))
        {
            func.instruction(&Instruction::Call(allocate));
        }
        let mut reader = parsed_body.get_operators_reader().map_err(&err)?;
        while !reader.eof() {
            let instruction = remap.parse_instruction(&mut reader).map_err(reencode_err)?;
            func.instruction(&instruction);
        }
        bodies.push(func);
        if let (Some(name), Some(new)) = (parsed.func_names.get(&(old as u32)), remap.funcs[old]) {
            names.push((new, name.to_string()));
        }
    }
    let mut start = None;
    if let (Some(sp), Some(realloc)) = (sp, lazy_allocate.and(realloc)) {
        bodies.push(allocate_stack(realloc, sp, state));
    } else if let Some(sp) = sp
        && !parsed.memories.is_empty()
    {
        // A start function allocates the stack with `memory.grow`.
        let realloc = match (realloc, state) {
            (Some(realloc), Some(_)) if main_realloc.is_none() => realloc,
            _ => {
                funcs.function(realloc_type_index(&mut types));
                bodies.push(realloc_via_memory_grow());
                names.push((next_func, "realloc_via_memory_grow".to_string()));
                next_func += 1;
                next_func - 1
            }
        };
        funcs.function(empty_type_index(&mut types));
        bodies.push(allocate_stack(realloc, sp, state));
        names.push((next_func, "allocate_stack".to_string()));
        start = Some(next_func);
    }
    for body in &bodies {
        code.function(body);
    }

    let mut export_section = ExportSection::new();
    for export in &exports {
        let (kind, index) = match export.kind {
            ExternalKind::Func | ExternalKind::FuncExact => {
                (ExportKind::Func, remap.function_index(export.index))
            }
            ExternalKind::Global => (ExportKind::Global, remap.global_index(export.index)),
            ExternalKind::Table => (ExportKind::Table, remap.table_index(export.index)),
            ExternalKind::Memory => (ExportKind::Memory, Ok(export.index)),
            ExternalKind::Tag => bail!(
                Component,
                "adapter `{adapter}` exports tag `{}`",
                export.name
            ),
        };
        export_section.export(export.name, kind, index.map_err(reencode_err)?);
    }

    let mut module = Module::new();
    module.section(&types);
    module.section(&imports);
    module.section(&funcs);
    module.section(&tables);
    module.section(&globals);
    module.section(&export_section);
    if let Some(function_index) = start {
        module.section(&StartSection { function_index });
    }
    module.section(&code);
    let mut func_names = NameMap::new();
    names.sort_by_key(|(index, _)| *index);
    names.dedup_by_key(|(index, _)| *index);
    for (index, name) in &names {
        func_names.append(*index, name);
    }
    let mut global_names = NameMap::new();
    for (old, name) in &parsed.global_names {
        if let Some(Some(new)) = remap.globals.get(*old as usize) {
            global_names.append(*new, name);
        }
    }
    let mut name_section = NameSection::new();
    name_section.functions(&func_names);
    name_section.globals(&global_names);
    module.section(&name_section);
    Ok(module.finish())
}

/// A `cabi_realloc` that only allocates fresh pages, one per call, with
/// `memory.grow`; anything else traps.
fn realloc_via_memory_grow() -> Function {
    let mut func = Function::new([(1, wasm_encoder::ValType::I32)]);
    let trap_unless = |func: &mut Function, local: u32, expected: i32| {
        func.instruction(&Instruction::LocalGet(local));
        func.instruction(&Instruction::I32Const(expected));
        func.instruction(&Instruction::I32Ne);
        func.instruction(&Instruction::If(BlockType::Empty));
        func.instruction(&Instruction::Unreachable);
        func.instruction(&Instruction::End);
    };
    // No old allocation, and exactly one page.
    trap_unless(&mut func, 0, 0);
    trap_unless(&mut func, 1, 0);
    trap_unless(&mut func, 3, PAGE_SIZE);
    func.instruction(&Instruction::I32Const(1));
    func.instruction(&Instruction::MemoryGrow(0));
    func.instruction(&Instruction::LocalTee(4));
    func.instruction(&Instruction::I32Const(-1));
    func.instruction(&Instruction::I32Eq);
    func.instruction(&Instruction::If(BlockType::Empty));
    func.instruction(&Instruction::Unreachable);
    func.instruction(&Instruction::End);
    func.instruction(&Instruction::LocalGet(4));
    func.instruction(&Instruction::I32Const(16));
    func.instruction(&Instruction::I32Shl);
    func.instruction(&Instruction::End);
    func
}

/// Allocates one page with `realloc` and points `sp` at its end; with an
/// allocation state, only the first time.
fn allocate_stack(realloc: u32, sp: u32, state: Option<u32>) -> Function {
    let mut func = Function::new([]);
    if let Some(state) = state {
        func.instruction(&Instruction::GlobalGet(state));
        func.instruction(&Instruction::I32Const(AllocationState::Unallocated as i32));
        func.instruction(&Instruction::I32Eq);
        func.instruction(&Instruction::If(BlockType::Empty));
        func.instruction(&Instruction::I32Const(AllocationState::Allocating as i32));
        func.instruction(&Instruction::GlobalSet(state));
    }
    for arg in [0, 0, 8, PAGE_SIZE] {
        func.instruction(&Instruction::I32Const(arg));
    }
    func.instruction(&Instruction::Call(realloc));
    func.instruction(&Instruction::I32Const(PAGE_SIZE));
    func.instruction(&Instruction::I32Add);
    func.instruction(&Instruction::GlobalSet(sp));
    if let Some(state) = state {
        func.instruction(&Instruction::I32Const(AllocationState::Allocated as i32));
        func.instruction(&Instruction::GlobalSet(state));
        func.instruction(&Instruction::End);
    }
    func.instruction(&Instruction::End);
    func
}
