# oracle: seed 263, open, raises RuntimeError at line 28
import random
import torch
from torch.nn import GRU, GRUCell, LSTM, Linear, RNN
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence

rnn_0 = GRU(7, 4, batch_first=True)
x_0 = torch.randn(1, 4, 7)
lengths_0 = [4]
packed_0 = pack_padded_sequence(x_0, lengths_0, batch_first=True, enforce_sorted=False)
packed_out_0, h_0 = rnn_0(packed_0, torch.zeros(1, 1, 4))
out_0, out_lengths_0 = pad_packed_sequence(packed_out_0, batch_first=True)
last_0 = Linear(4, 2)(h_0[-1])

gru_1 = GRU(5, 8)
x_1 = torch.randn(4, 3, 5)
cell_1 = GRUCell(5, 8)
if x_1.dim() == 3:
    out_1, _ = gru_1(x_1)
else:
    out_1 = cell_1(x_1)

lstm_2 = LSTM(3, 2)
if random.random() < 0.5:
    out_2, (h_2, c_2) = lstm_2(torch.randn(2, 3, 3))
else:
    out_2, (h_2, c_2) = lstm_2(torch.randn(4, 3, 3))
last_2 = Linear(3, 2)(out_2[-1])

layer_3 = GRU(4, 2, nonlinearity='tanh')

rnn_4 = RNN(8, 4, num_layers=2, batch_first=True)
x_4 = torch.zeros(5, 4, 8)
batch_4 = x_4.size()[0]
h0_4 = torch.zeros(2, batch_4, 4)
out_4, hn_4 = rnn_4(x_4, h0_4)
assert out_4.dim() == 3
