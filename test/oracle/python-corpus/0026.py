# oracle: seed 26, closed, runs cleanly
import torch
from torch.nn import GRU, LSTM, LSTMCell, Linear

def encode_0(layer, x, h0=None, batch_first=False):
    if h0 is None:
        out, h = layer(x)
    else:
        out, h = layer(x, h0)
    return out[:, -1] if batch_first else out[-1]

enc_0 = GRU(6, 8, 3, dropout=0.5)
last_0_0 = encode_0(enc_0, torch.randn([3, 2, 6]), h0=torch.zeros([3, 2, 8]))

cell_1 = LSTMCell(7, 6)
xs_1 = torch.randn(1, 4, 7)
h_1 = torch.zeros(4, 6)
c_1 = torch.zeros(4, 6)
outputs_1 = []
for t in range(len(xs_1)):
    if t % 2 == 1:
        continue
    h_1, c_1 = cell_1(xs_1[t], (h_1, c_1))
    outputs_1.append(h_1)
seq_1 = torch.stack(outputs_1, dim=0)

rnn_2 = GRU(7, 6)
x_2 = torch.randn(5, 1, 7)
lengths_2 = [5]
packed_2 = torch.nn.utils.rnn.pack_padded_sequence(x_2, lengths_2)
packed_out_2, h_2 = rnn_2(packed_2)
out_2, out_lengths_2 = torch.nn.utils.rnn.pad_packed_sequence(packed_out_2)
last_2 = Linear(6, 2)(h_2[-1])

rnn_3 = LSTM(2, 6, 1, True, False, bidirectional=True)
x_3 = torch.zeros(1, 3, 2)
out_3, (h_3, _) = rnn_3(x_3)
n_3 = out_3.size(2) * out_3.dim()
