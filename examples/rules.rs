//! Prints the rules' speed (see `src/rules/bench.rs`); `scripts/bench` runs it.

fn main() {
    #[cfg(not(target_arch = "wasm32"))]
    println!("{}", support_widgets::rules_benchmark());
}
