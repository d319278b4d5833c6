# oracle: seed 161, closed, runs cleanly
import torch
from torch import nn

embed_0 = nn.Embedding(21, 7)
drop_0 = nn.Dropout()
rnn_0 = nn.LSTM(7, 7, batch_first=True)
tokens_0 = torch.tensor([[1, 2, 3], [4, 5, 20]])
emb_0 = drop_0(embed_0(tokens_0))
out_0, (h_0, c_0) = rnn_0(emb_0)
scores_0 = nn.Linear(7, 21)(out_0)

class Model_1(nn.Module):
    def __init__(self, input_size, hidden_size, num_layers=1, bidirectional=False, num_classes=3):
        super().__init__()
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.num_directions = 2 if bidirectional else 1
        self.rnn = nn.RNN(input_size, hidden_size, num_layers, batch_first=False, bidirectional=bidirectional)
        self.fc = nn.Linear(hidden_size * self.num_directions, num_classes)

    def init_hidden(self, batch):
        return torch.zeros(self.num_layers * self.num_directions, batch, self.hidden_size)

    def forward(self, x):
        hidden = self.init_hidden(x.shape[1])
        out, hidden = self.rnn(x, hidden)
        return self.fc(out[-1, :, :])

model_1 = Model_1(4, 6, 2, bidirectional=True)
logits_1 = model_1(torch.ones(5, 4, 4))
probs_1 = logits_1.softmax(dim=-1)
