# oracle: seed 229, open, runs cleanly
import random
import torch
from torch.nn import GRU, LSTM, Linear, RNNCell
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence

gru_0 = GRU(4, 8)
x_0 = torch.randn(3, 4)
if x_0.dim() == 2:
    x_0 = x_0.unsqueeze(1)
out_0, h_0 = gru_0(x_0)

cell_1 = RNNCell(7, 4, bias=False)
xs_1 = torch.randn(4, 2, 7)
h_1 = torch.zeros(2, 4)
outputs_1 = []
for t in range(xs_1.shape[0]):
    if t % 2 == 1:
        continue
    h_1 = cell_1(xs_1[t], h_1)
    outputs_1.append(h_1)
seq_1 = torch.stack(outputs_1)
head_1 = Linear(4, 2)(h_1)

class Args_2:
    pass

args_2 = Args_2()
setattr(args_2, "hidden", 2)
rnn_2 = GRU(4, args_2.hidden)
out_2, h_2 = rnn_2(torch.randn(2, 2, 4), torch.zeros(1, 2, args_2.hidden))

rnn_3 = LSTM(4, 7, batch_first=True)
x_3 = torch.randn(3, 3, 4)
lengths_3 = torch.tensor([3, 2, 1])
packed_3 = pack_padded_sequence(x_3, lengths_3, batch_first=True)
packed_out_3, (h_3, c_3) = rnn_3(packed_3, (torch.zeros(1, 3, 7), torch.zeros(1, 3, 7)))
out_3, out_lengths_3 = pad_packed_sequence(packed_out_3, batch_first=True)

lstm_4 = LSTM(5, 5)
if random.random() < 0.5:
    out_4, (h_4, c_4) = lstm_4(torch.randn(2, 3, 5))
else:
    out_4, (h_4, c_4) = lstm_4(torch.randn(4, 3, 5))
last_4 = Linear(5, 2)(out_4[-1])
