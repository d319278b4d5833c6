# oracle: seed 100, closed, runs cleanly
import torch
from torch import nn

def encode_0(layer, x, h0=None, batch_first=False):
    if h0 is None:
        out, h = layer(x)
    else:
        out, h = layer(x, h0)
    return out[:, -1] if batch_first else out[-1]

enc_0 = nn.RNN(7, 6, bidirectional=True, nonlinearity='relu')
last_0_0 = encode_0(enc_0, torch.ones([1, 2, 7]))

layer_1 = nn.GRU(input_size=6, hidden_size=6, num_layers=1, dropout=0.25)
y_1, _ = layer_1(torch.randn(3, 2, 6))

rnn_2 = nn.LSTM(3, 7, batch_first=True)
x_2 = torch.randn(3, 5, 3)
lengths_2 = [5, 4, 3]
packed_2 = torch.nn.utils.rnn.pack_padded_sequence(x_2, lengths_2, batch_first=True)
packed_out_2, (h_2, c_2) = rnn_2(packed_2, (torch.zeros(1, 3, 7), torch.zeros(1, 3, 7)))
out_2, out_lengths_2 = torch.nn.utils.rnn.pad_packed_sequence(packed_out_2, batch_first=True)
last_2 = nn.Linear(7, 2)(h_2[-1])

cell_3 = nn.GRUCell(3, 8)
xs_3 = torch.randn(3, 1, 3)
h_3 = torch.zeros(1, 8)
outputs_3 = []
for t in range(len(xs_3)):
    if t % 2 == 1:
        continue
    h_3 = cell_3(xs_3[t], h_3)
    outputs_3.append(h_3)
head_3 = nn.Linear(8, 2)(h_3)
