// oracle: seed 390, closed, runs cleanly
import * as rl from "rnnlens";
const { torch, nn } = rl;

const m_0 = new nn.RNN({ input_size: 7, hidden_size: 9, numLayers: 1, bidirectional: true });
const x_0 = torch.rand(4, 4, 7);
const [out_0, st_0] = m_0.forward(x_0);
