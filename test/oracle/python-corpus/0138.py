# oracle: seed 138, closed, raises ValueError at line 14
import torch
import torch.nn as nn
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence

rnn_0 = nn.LSTM(6, 4, batch_first=True)
x_0 = torch.randn(4, 6, 6)
lengths_0 = torch.tensor([6, 5, 4, 3])
packed_0 = pack_padded_sequence(x_0, lengths_0, batch_first=True)
packed_out_0, (h_0, c_0) = rnn_0(packed_0, (torch.zeros(1, 4, 4), torch.zeros(1, 4, 4)))
out_0, out_lengths_0 = pad_packed_sequence(packed_out_0, batch_first=True)
last_0 = nn.Linear(4, 2)(h_0[-1])

layer_1 = nn.LSTM(5, 0, 2, bias=True)
y_1, _ = layer_1(torch.randn(3, 2, 5))

lstm_2 = nn.LSTM(3, 3, 1)
out_2, (h_2, c_2) = lstm_2(torch.randn(4, 2, 3))
r_2_0 = c_2.repeat(1, 1, 1)
r_2_1 = out_2.transpose(0, 1).reshape(2, -1)

gru_3 = nn.GRU(7, 7)
x_3 = torch.randn(3, 7)
if x_3.dim() == 2:
    x_3 = x_3.unsqueeze(1)
out_3, h_3 = gru_3(x_3)

embed_4 = nn.Embedding(26, 6, padding_idx=0)
drop_4 = nn.Dropout(p=0.5)
rnn_4 = nn.LSTM(6, 7, batch_first=True)
tokens_4 = torch.tensor([[1, 2, 3], [4, 5, 25]])
emb_4 = drop_4(embed_4(tokens_4))
out_4, (h_4, c_4) = rnn_4(emb_4)
scores_4 = nn.Linear(7, 26)(out_4)
