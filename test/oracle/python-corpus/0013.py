# oracle: seed 13, open, raises ValueError at line 16
import random
import torch
from torch.nn import GRU, LSTM, LSTMCell, Linear, RNN
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence

layer_0 = LSTM(2, 2, num_layers=2, dropout=0.2)

lstm_1 = LSTM(6, 4)
if random.random() < 0.5:
    out_1, (h_1, c_1) = lstm_1(torch.randn(2, 3, 6))
else:
    out_1, (h_1, c_1) = lstm_1(torch.randn(4, 3, 6))
last_1 = Linear(4, 2)(out_1[-1])

layer_2 = GRU(4, 2, proj_size=1)
y_2, _ = layer_2(torch.randn(3, 2, 4))

cell_3 = LSTMCell(2, 3, bias=False)
xs_3 = torch.randn(1, 4, 2)
h_3 = torch.zeros(4, 3)
c_3 = torch.zeros(4, 3)
outputs_3 = []
for t in range(1):
    if t == 1:
        break
    h_3, c_3 = cell_3(xs_3[t], (h_3, c_3))
    outputs_3.append(h_3)
seq_3 = torch.stack(outputs_3, dim=0)
head_3 = Linear(3, 2)(h_3)

rnn_4 = GRU(4, 6)
x_4 = torch.randn(5, 3, 4)
lengths_4 = [5, 4, 3]
packed_4 = pack_padded_sequence(x_4, lengths_4)
packed_out_4, h_4 = rnn_4(packed_4)
out_4, out_lengths_4 = pad_packed_sequence(packed_out_4)
