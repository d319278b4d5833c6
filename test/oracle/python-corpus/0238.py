# oracle: seed 238, closed, raises RuntimeError at line 40
import torch.nn
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence

def encode_0(layer, x, h0=None, batch_first=False):
    if h0 is None:
        out, h = layer(x)
    else:
        out, h = layer(x, h0)
    return out[:, -1] if batch_first else out[-1]

enc_0 = torch.nn.RNN(4, 6, 3, batch_first=True, bidirectional=True)
last_0_0 = encode_0(enc_0, torch.zeros(3, 4, 4), h0=torch.zeros(6, 3, 6), batch_first=True)

rnn_1 = torch.nn.GRU(3, 7, batch_first=True)
x_1 = torch.randn(2, 6, 3)
lengths_1 = [6, 5]
packed_1 = pack_padded_sequence(x_1, lengths_1, batch_first=True, enforce_sorted=False)
packed_out_1, h_1 = rnn_1(packed_1)
out_1, out_lengths_1 = pad_packed_sequence(packed_out_1, batch_first=True)

cell_2 = torch.nn.GRUCell(4, 6)
xs_2 = torch.randn(3, 2, 4)
h_2 = torch.zeros(2, 6)
outputs_2 = []
for t in range(len(xs_2)):
    h_2 = cell_2(xs_2[t], h_2)
    outputs_2.append(h_2)

y_3 = torch.randn(4, 3, 2)
layers_3 = [torch.nn.RNN(2, 4), torch.nn.RNN(4, 4)]
for i in range(len(layers_3)):
    y_3 = layers_3[i](y_3)[0]
z_3 = torch.nn.Linear(4, 3)(y_3)

lstm_4 = torch.nn.LSTM(3, 2, 1)
out_4, (h_4, c_4) = lstm_4(torch.randn(4, 2, 3))
r_4_0 = out_4[..., :1]
r_4_1 = out_4.unsqueeze(3).squeeze(1)
r_4_2 = torch.stack([h_4[-1], out_4[:, 0]], dim=0)
r_4_3 = out_4.shape[-1]
