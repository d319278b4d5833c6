# oracle: seed 80, closed, runs cleanly
import torch
import torch.nn as nn
from torch.nn import GRU, LSTM, RNN

embed_0 = nn.Embedding(12, 7)
drop_0 = nn.Dropout(0.1)
rnn_0 = LSTM(7, 8, batch_first=True)
tokens_0 = torch.randint(0, 12, (3, 2))
emb_0 = drop_0(embed_0(tokens_0))
out_0, (h_0, c_0) = rnn_0(emb_0)

rnn_1 = RNN(4, 3, 1)
x_1 = torch.randn([3, 3, 4])
batch_1 = x_1.size()[1]
h0_1 = torch.zeros(1, batch_1, 3)
out_1, hn_1 = rnn_1(x_1, h0_1)

class Model_2(nn.Module):
    def __init__(self, input_size, hidden_size, num_layers=1, bidirectional=False, num_classes=3):
        super(Model_2, self).__init__()
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.num_directions = 2 if bidirectional else 1
        self.rnn = GRU(input_size, hidden_size, num_layers, batch_first=True, bidirectional=bidirectional, dropout=0.3)
        self.fc = nn.Linear(hidden_size * self.num_directions, num_classes)

    def init_hidden(self, batch):
        return torch.zeros(self.num_layers * self.num_directions, batch, self.hidden_size)

    def forward(self, x):
        hidden = self.init_hidden(len(x))
        out, hidden = self.rnn(x, hidden)
        return self.fc(out[:, -1, :])

model_2 = Model_2(3, 3, num_layers=2, bidirectional=True)
logits_2 = model_2.forward(torch.randn(4, 1, 3)).detach()
probs_2 = logits_2.softmax(dim=-1)
