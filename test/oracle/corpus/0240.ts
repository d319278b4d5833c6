// oracle: seed 240, closed, runs cleanly
import * as rl from "rnnlens";
const { torch, nn } = rl;

const cell_0 = new nn.LSTMCell(4, 4);
const xs_0 = torch.randn(1, 1, 4);
let h_0 = torch.zeros(1, 4);
let c_0 = torch.zeros(1, 4);
for (let t_0 = 0; t_0 < 1; t_0++) {
  [h_0, c_0] = cell_0.forward(xs_0.select(0, t_0), [h_0, c_0]);
}
const out_0 = new nn.Linear(4, 2).forward(h_0);

const rnn_1 = new nn.GRU(8, 6);
const cell_1 = new nn.GRUCell(8, 6);
const x_1 = torch.randn(3, 8);
const deep_1 = new nn.GRU(8, 6, 1);
if (1 > 1) {
  deep_1.forward(torch.randn(2, 3, 8), torch.zeros(2, 3, 6));
} else {
  deep_1.forward(torch.randn(2, 3, 8), torch.zeros(1, 3, 6));
}

const apply_2 = (m: { forward: Function }, x: unknown) => m.forward(x)[0];
const hp_2a = { inputSize: 8, hiddenSize: 9, numLayers: 1 };
const a_2 = new nn.GRU({ ...hp_2a, numLayers: 1, batch_first: false });
const b_2 = new nn.RNN({ inputSize: 5, hiddenSize: 7, num_layers: 3, batch_first: true, bidirectional: false });
const oa_2 = apply_2(a_2, torch.rand(3, 2, 8));
const shape_2_8854 = [3, 2, 5];
const ob_2 = apply_2(b_2, torch.ones(...shape_2_8854));
