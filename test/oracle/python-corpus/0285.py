# oracle: seed 285, closed, runs cleanly
import torch
import torch.nn as nn
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence

cell_0 = nn.RNNCell(7, 4)
xs_0 = torch.randn(1, 1, 7)
h_0 = torch.zeros(1, 4)
outputs_0 = []
for t in range(1):
    if t % 2 == 1:
        continue
    h_0 = cell_0(xs_0[t], h_0)
    outputs_0.append(h_0)
head_0 = nn.Linear(4, 2)(h_0)

rnn_1 = nn.RNN(8, 5, 2, dropout=0.1, bidirectional=False, nonlinearity="relu")
x_1 = torch.rand((6, 4, 8))
hidden_1 = torch.randn((2, 4, 5))
out_1, h_1 = rnn_1(x_1, hidden_1)
n_1 = out_1.size(-1) * out_1.dim()

rnn_2 = nn.GRU(7, 2)
x_2 = torch.randn(6, 1, 7)
lengths_2 = [6]
packed_2 = torch.nn.utils.rnn.pack_padded_sequence(x_2, lengths_2)
packed_out_2, h_2 = rnn_2(packed_2)
out_2, out_lengths_2 = torch.nn.utils.rnn.pad_packed_sequence(packed_out_2)
last_2 = nn.Linear(2, 2)(h_2[-1])

y_3 = torch.randn(2, 1, 4)
stack_3 = nn.ModuleDict({"enc": nn.RNN(4, 7)})
y_3, _ = stack_3["enc"](y_3)

rnn_4 = nn.LSTM(4, 2)
x_4 = torch.randn(6, 3, 4)
lengths_4 = [6, 5, 4]
packed_4 = pack_padded_sequence(x_4, lengths_4, enforce_sorted=False)
packed_out_4, (h_4, c_4) = rnn_4(packed_4)
out_4, out_lengths_4 = pad_packed_sequence(packed_out_4)
