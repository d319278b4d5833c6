# oracle: seed 244, closed, runs cleanly
import torch
import torch.nn as nn
from torch.nn import GRU, GRUCell, LSTM, RNN
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence

rnn_0 = LSTM(7, 7, batch_first=True)
x_0 = torch.randn(4, 5, 7)
lengths_0 = [5, 4, 3, 2]
packed_0 = pack_padded_sequence(x_0, lengths_0, batch_first=True, enforce_sorted=False)
packed_out_0, (h_0, c_0) = rnn_0(packed_0, (torch.zeros(1, 4, 7), torch.zeros(1, 4, 7)))
out_0, out_lengths_0 = pad_packed_sequence(packed_out_0, batch_first=True)

gru_1 = GRU(2, 8)
x_1 = torch.randn(4, 3, 2)
cell_1 = GRUCell(2, 8)
if x_1.dim() == 3:
    out_1, _ = gru_1(x_1)
else:
    out_1 = cell_1(x_1)

layer_2 = LSTM(input_size=8, hidden_size=2, num_layers=1, dropout=0.25)

rnn_3 = RNN(8, 9, 2, batch_first=True)
x_3 = torch.rand((2, 4, 8))
batch_3 = x_3.size()[0]
h0_3 = torch.zeros(2, batch_3, 9)
out_3, hn_3 = rnn_3(x_3, h0_3)
assert out_3.dim() == 3

rnn_4 = GRU(9, 4, 2)
x_4 = torch.randn(4, 9)
out_4, _ = rnn_4(x_4)
