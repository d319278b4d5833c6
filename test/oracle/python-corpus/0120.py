# oracle: seed 120, open, raises RuntimeError at line 10
import random
import torch.nn
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence

lstm_0 = torch.nn.LSTM(3, 8)
if random.random() < 0.5:
    out_0, (h_0, c_0) = lstm_0(torch.randn(2, 3, 3))
else:
    out_0, (h_0, c_0) = lstm_0(torch.randn(4, 3, 4))
last_0 = torch.nn.Linear(8, 2)(out_0[-1])

y_1 = torch.randn(1, 1, 5)
stack_1 = torch.nn.ModuleDict({"enc": torch.nn.GRU(5, 3)})
y_1, _ = stack_1["enc"](y_1)

rnn_2 = torch.nn.LSTM(3, 3, batch_first=True)
x_2 = torch.randn(3, 5, 3)
lengths_2 = torch.tensor([5, 4, 3])
packed_2 = pack_padded_sequence(x_2, lengths_2, batch_first=True)
packed_out_2, (h_2, c_2) = rnn_2(packed_2)
out_2, out_lengths_2 = pad_packed_sequence(packed_out_2, batch_first=True)
last_2 = torch.nn.Linear(3, 2)(h_2[-1])
