// oracle: seed 191, closed, runs cleanly
import { torch, nn } from "rnnlens";

const apply_0 = (m: { forward: Function }, x: unknown) => m.forward(x)[0];
const a_0 = new nn.GRU({ input_size: 6, hiddenSize: 4, numLayers: 3, batch_first: true });
const b_0 = new nn.RNN(5, 2, { num_layers: 1, batchFirst: true, dropout: 0.1 });
const oa_0 = apply_0(a_0, torch.ones([2, 3, 6]));
const ob_0 = apply_0(b_0, torch.randn([3, 2, 5]));

const m_1 = new nn.GRU(4, 6);
let late_1 = torch.randn(2, 3, 4);
setTimeout(() => m_1.forward(late_1), 0);
late_1 = torch.randn(2, 3, 4);

const opts_2 = { layers: 2 };
const m_2 = new nn.GRU(3, 8, opts_2?.layers ?? 1);
m_2.forward(torch.randn(2, 2, 3), torch.zeros(opts_2.layers, 2, 8));
