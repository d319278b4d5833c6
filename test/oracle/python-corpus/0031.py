# oracle: seed 31, open, runs cleanly
import random
import torch
import torch.nn as nn
from torch.nn import GRU, LSTM, RNN

embed_0 = nn.Embedding(11, 5)
drop_0 = nn.Dropout()
rnn_0 = GRU(5, 4, batch_first=True)
tokens_0 = torch.randint(0, 11, (3, 4))
emb_0 = drop_0(embed_0(tokens_0))
out_0, h_0 = rnn_0(emb_0)
scores_0 = nn.Linear(4, 11)(out_0)

rnn_1 = LSTM(8, 8, num_layers=1, dropout=0.1)
x_1 = torch.ones(5, 4, 8)
out_1, (h_1, _) = rnn_1(x_1)
fc_1 = nn.Linear(8, 3)
logits_1 = fc_1(h_1[-1])

layer_2 = GRU(7, 2, 1, bias=False)
y_2, _ = layer_2(torch.randn(3, 2, 7))

lstm_3 = LSTM(8, 7)
if random.random() < 0.5:
    out_3, (h_3, c_3) = lstm_3(torch.randn(2, 3, 8))
else:
    out_3, (h_3, c_3) = lstm_3(torch.randn(4, 3, 8))
last_3 = nn.Linear(7, 2)(out_3[-1])

rnn_4 = LSTM(4, 6, batch_first=True)
x_4 = torch.randn(1, 6, 4)
lengths_4 = [6]
packed_4 = torch.nn.utils.rnn.pack_padded_sequence(x_4, lengths_4, batch_first=True)
packed_out_4, (h_4, c_4) = rnn_4(packed_4, (torch.zeros(1, 1, 6), torch.zeros(1, 1, 6)))
out_4, out_lengths_4 = torch.nn.utils.rnn.pad_packed_sequence(packed_out_4, batch_first=True)
last_4 = nn.Linear(6, 2)(h_4[-1])
