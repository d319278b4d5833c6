// oracle: seed 310, closed, runs cleanly
import rl from "rnnlens";

const apply_0 = (m: { forward: Function }, x: unknown) => m.forward(x)[0];
const args_0a: [number, number, number] = [8, 7, 1];
const a_0 = new rl.nn.RNN(...args_0a);
const { GRU: GRU_0b } = rl.nn;
const b_0 = new GRU_0b(2, 9, { num_layers: 1 });
const oa_0 = apply_0(a_0, rl.torch.randn(3, 2, 8));
const shape_0_963 = [2, 3, 2];
const ob_0 = apply_0(b_0, rl.torch.randn(...shape_0_963));
