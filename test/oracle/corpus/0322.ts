// oracle: seed 322, closed, runs cleanly
import rl from "rnnlens";

const m_0 = new rl.nn.GRU(4, 3);
it("runs the layer", () => {
  m_0.forward(rl.torch.randn(2, 3, 4));
});

const apply_1 = (m: { forward: Function }, x: unknown) => m.forward(x)[0];
const a_1 = new rl.nn.RNN(8, 9, { bidirectional: true });
const { GRU: GRU_1b } = rl.nn;
const b_1 = new GRU_1b(7, 5, { batch_first: true, bidirectional: false });
const shape_1_2350 = [3, 2, 8];
const oa_1 = apply_1(a_1, rl.torch.ones(...shape_1_2350));
const ob_1 = apply_1(b_1, rl.torch.rand([3, 2, 7]));
